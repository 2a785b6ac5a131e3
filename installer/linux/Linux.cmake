# Linux: DEB and TGZ. vigie and vigie-cli go to bin/ (app/CMakeLists.txt); this adds the desktop
# integration (freedesktop .desktop entry, AppStream metainfo, hicolor icons) and the copyright.
set(VIGIE_APP_ID "io.github.vigie.Vigie")

install(FILES "${CMAKE_CURRENT_LIST_DIR}/${VIGIE_APP_ID}.desktop" DESTINATION share/applications)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/${VIGIE_APP_ID}.metainfo.xml" DESTINATION share/metainfo)
install(FILES "${VIGIE_ICON_SVG}" DESTINATION share/icons/hicolor/scalable/apps)
install(DIRECTORY "${VIGIE_ICONS_DIR}/hicolor" DESTINATION share/icons)
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION share/doc/vigie RENAME copyright)

set(CPACK_GENERATOR "DEB;TGZ")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # vigie_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The shared libraries the binaries link (Qt 6 Core/Gui/Widgets/Network/Sql, libqt6keychain1,
# libssh2-1, libssl3...) come from dpkg-shlibdeps. It cannot see what Qt loads as plugins at
# run time, so those are listed here:
#   libqt6sql6-sqlite  QSQLITE, the driver of the operations journal
#   libqt6svg6         the SVG icon engine and image format (the window and tray icons)
#   qt6-qpa-plugins    the xcb and Wayland platform plugins: without them the GUI cannot start
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
# A Secret Service provider keeps the private keys; Qt's own French strings.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | keepassxc | kwalletmanager, qt6-translations-l10n, qt6-wayland")
# The debugging symbols of a RelWithDebInfo build go to a separate vigie-dbgsym package.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
