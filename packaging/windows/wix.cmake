# Windows: an MSI through CPack's WiX (v3) generator. Built by .github/workflows/installers.yml
# on a hosted Windows runner (Qt from aqtinstall, the other libraries from vcpkg); it cannot be
# built on Debian. See docs/deploy.md for what IT does with it.
#
#   cmake --build build --config Release && cd build && cpack -G WIX -C Release
#
# - per-machine install into C:\Program Files\PAsS Desktop, upgrades replace older versions
#   (fixed UpgradeCode), the running application is closed first (util:CloseApplication);
# - windeployqt adds the Qt libraries and plugins (SQLite driver, TLS backends, platform and
#   style plugins, Qt's Italian and English translations); the other DLLs (QtKeychain, QuaZip,
#   zlib, OpenSSL's libcrypto, SQLite) come from file(GET_RUNTIME_DEPENDENCIES); the Visual C++
#   runtime from InstallRequiredSystemLibraries (app-local, no vc_redist needed);
# - install properties PORTAL_URL, SYNC_INTERVAL, DISABLE_UPDATE_CHECK, NO_DESKTOP_SHORTCUT
#   (presets.wxs) write HKLM\Software\Policies\PAsS\PAsS Desktop and are remembered across
#   upgrades.
set(CPACK_GENERATOR WIX)
set(CPACK_PACKAGE_NAME "PAsS Desktop")
set(CPACK_PACKAGE_VENDOR "PAsS Desktop authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "PAsS Desktop: case files, DFP indicators and backlog of the PNRR 1000 esperti programme")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PAsS Desktop")
set(CPACK_PACKAGE_FILE_NAME "pass-desktop-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_EXECUTABLES pass-desktop "PAsS Desktop")  # the Start menu entry
# The desktop application only: the portal is a Linux service.
set(CPACK_MONOLITHIC_INSTALL ON)

# Never change it: Windows Installer finds the installed version to replace by this code.
set(CPACK_WIX_UPGRADE_GUID "6B0F3C52-8E2A-4D0B-9C61-2F1A7D5E4B93")
set(CPACK_WIX_INSTALL_SCOPE perMachine) # CMake >= 3.29; older CPack templates are per-machine anyway
set(CPACK_WIX_PROGRAM_MENU_FOLDER "PAsS Desktop")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/icons/pass-desktop.ico)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://passlombardia.it/")
set(CPACK_WIX_PROPERTY_ARPNOMODIFY 1)
set(CPACK_WIX_EXTENSIONS WixUtilExtension)
set(CPACK_WIX_EXTRA_SOURCES ${CMAKE_CURRENT_LIST_DIR}/presets.wxs)
set(CPACK_WIX_PATCH_FILE ${CMAKE_CURRENT_LIST_DIR}/wix-patch.xml)
set(CPACK_WIX_CULTURES it-IT en-US)
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)

# Licences and notices next to the programs (the about box shows the same files from resources).
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/resources/legal/third-party-notices.txt
        DESTINATION doc)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/legal/licenses DESTINATION doc)

# The Visual C++ runtime, app-local in bin\ (the Universal CRT is part of Windows 10 and 11).
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# windeployqt and the non-Qt DLLs, run when CPack stages the install.
find_program(PASS_WINDEPLOYQT windeployqt HINTS ${QT6_INSTALL_PREFIX}/bin "${Qt6_DIR}/../../../bin" REQUIRED)
# The prefixes' bin folders, quoted and with forward slashes, for the configured script.
set(PASS_RUNTIME_DIRS "")
foreach(_dir IN LISTS CMAKE_PREFIX_PATH)
    file(TO_CMAKE_PATH "${_dir}" _dir)
    string(APPEND PASS_RUNTIME_DIRS " \"${_dir}/bin\"")
endforeach()
configure_file(${CMAKE_CURRENT_LIST_DIR}/deploy.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/deploy.cmake @ONLY)
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy.cmake)

include(CPack)
