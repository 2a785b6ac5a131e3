# Packaging: the one place CPack is configured (included last by the top-level CMakeLists.txt,
# once every target exists). `cpack` in a build directory makes this platform's packages:
#   Linux    DEB (Depends computed by dpkg-shlibdeps, plus Qt's run-time plugins) and TGZ
#   Windows  NSIS installer with the Qt, OpenSSL, libssh2 and QtKeychain DLLs (windeployqt)
#   macOS    DragNDrop DMG with a self-contained Vigie.app (macdeployqt)
# The platform parts live in installer/<platform>/; README.md "Building the installers".
include("${CMAKE_CURRENT_LIST_DIR}/Icons.cmake")

set(CPACK_PACKAGE_NAME "vigie")
set(CPACK_PACKAGE_VENDOR "The Vigie authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Vigie watches and operates the servers that run multi-tenant SaaS applications: Node \
applications under PM2 or Docker Compose behind nginx, one PostgreSQL database per tenant, \
Let's Encrypt certificates and encrypted backups. It connects over SSH with keys kept in the \
system keychain and needs nothing installed on the servers. vigie-cli gives scripts the same \
engine.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Vigie maintainers <maintainers@vigie.example.test>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Vigie")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# Packages land in <build>/packages, never among the sources.
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_PACKAGE_CHECKSUM SHA256)

if(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake")
elseif(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake")
else()
    include("${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake")
endif()

include(CPack)
