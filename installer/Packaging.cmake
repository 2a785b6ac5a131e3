# Packaging: DEB and TGZ on Linux. The Windows and macOS generators come with the installer
# work; this file is the one place CPack is configured.
set(CPACK_PACKAGE_NAME "vigie")
set(CPACK_PACKAGE_VENDOR "Vigie")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Vigie maintainers <maintainers@vigie.example.test>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    install(FILES "${PROJECT_SOURCE_DIR}/installer/linux/vigie.desktop"
        DESTINATION share/applications)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/vigie.svg"
        DESTINATION share/icons/hicolor/scalable/apps)
endif()
include(CPack)
