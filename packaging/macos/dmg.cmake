# macOS: a drag-and-drop DMG with PAsS Desktop.app, built by .github/workflows/installers.yml on a
# hosted macOS runner (Qt from aqtinstall, QtKeychain and QuaZip from Homebrew); it cannot be
# built on Debian. See docs/deploy.md for the presets (configuration profile or system plist).
#
#   cmake --build build && cd build && cpack -G DragNDrop
#
# macdeployqt copies Qt's frameworks and plugins (platforms/cocoa, sqldrivers/qsqlite,
# tls/qsecuretransportbackend, styles) and every non-system dylib (QtKeychain, QuaZip, OpenSSL's
# libcrypto, zlib) into the bundle; passctl lives in the bundle beside the application.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_NAME "PAsS Desktop")
set(CPACK_PACKAGE_VENDOR "PAsS Desktop authors")
set(CPACK_PACKAGE_FILE_NAME "pass-desktop-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "PAsS Desktop ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_MONOLITHIC_INSTALL ON)
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)

# The bundle's identity: CFBundleIdentifier and the name Finder shows.
set_target_properties(pass-desktop PROPERTIES
    OUTPUT_NAME "PAsS Desktop"
    MACOSX_BUNDLE_GUI_IDENTIFIER it.passlombardia.PassDesktop
    MACOSX_BUNDLE_BUNDLE_NAME "PAsS Desktop"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "EUPL-1.2, PAsS Desktop authors")

install(FILES ${PROJECT_SOURCE_DIR}/resources/legal/third-party-notices.txt
        DESTINATION "PAsS Desktop.app/Contents/Resources")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/legal/licenses
        DESTINATION "PAsS Desktop.app/Contents/Resources")

find_program(PASS_MACDEPLOYQT macdeployqt HINTS "${Qt6_DIR}/../../../bin" REQUIRED)
configure_file(${CMAKE_CURRENT_LIST_DIR}/deploy.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/deploy.cmake @ONLY)
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy.cmake)

include(CPack)
