# CPack for Debian: one .deb per component (pass-desktop, pass-portal).
# "cpack -G DEB -D CPACK_PACKAGE_VERSION=X" relabels the same build (the install test's
# "previous version").
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pass-desktop)
set(CPACK_PACKAGE_VENDOR "PAsS Desktop authors")
set(CPACK_PACKAGE_CONTACT "PAsS Desktop authors <pass-desktop@passlombardia.it>")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL desktop portal)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://passlombardia.it/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# /lib/systemd/system and /etc/pass-portal are absolute on purpose.
set(CPACK_WARN_ON_ABSOLUTE_INSTALL_DESTINATION OFF)

# Each component's description starts with its own summary line. CPackDeb would put the
# project's summary before it unless that is CPack's default text, which it then ignores.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_NAME} built using CMake")
# One string each (a CMake list would put semicolons into the control file).
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME pass-desktop)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION misc)
string(CONCAT CPACK_COMPONENT_DESKTOP_DESCRIPTION
    "case files, DFP indicators and backlog of the PNRR 1000 esperti programme\n"
    "PAsS Desktop is the offline client of the PAsS platform (PNRR ASsistenza\n"
    "e Supporto) for local authorities and experts of the PNRR 1000 esperti\n"
    "programme: a local store of the monitored case files, the DFP semester\n"
    "indicators, and the backlog per task force against the baseline and the\n"
    "target. Includes passctl, the command line.")
# Loaded at run time, so the shlibdeps scan cannot see them: the SQLite driver plugin and
# libsecret (QtKeychain's Secret Service backend; without it every keychain write fails).
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0")

set(CPACK_DEBIAN_PORTAL_PACKAGE_NAME pass-portal)
set(CPACK_DEBIAN_PORTAL_PACKAGE_SECTION net)
string(CONCAT CPACK_COMPONENT_PORTAL_DESCRIPTION
    "reference PAsS portal server, as a system service\n"
    "pass-portal is the reference implementation of the PAsS portal's sync API\n"
    "(OAuth 2 sign-in, change feed, mutations) that PAsS Desktop talks to, for\n"
    "training rooms, demonstrations and tests. The package runs it as the\n"
    "systemd service pass-portal under its own system user, with its store in\n"
    "/var/lib/pass-portal and its settings in /etc/pass-portal.")
# adduser runs in the maintainer scripts (deb-systemd-helper is in the essential
# init-system-helpers); the SQLite driver is a plugin.
set(CPACK_DEBIAN_PORTAL_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PORTAL_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_SOURCE_DIR}/portal/postinst
    ${CMAKE_CURRENT_SOURCE_DIR}/portal/prerm
    ${CMAKE_CURRENT_SOURCE_DIR}/portal/postrm
    ${CMAKE_CURRENT_SOURCE_DIR}/portal/conffiles)
include(CPack)
