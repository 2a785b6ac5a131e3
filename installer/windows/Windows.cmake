# Windows: an NSIS installer (Start-menu entry, uninstaller, licence page) holding vigie.exe,
# vigie-cli.exe and everything they load: Qt through windeployqt (Qt's deploy script), the MSVC
# runtime, and libssh2/OpenSSL/QtKeychain (DeployRuntimeLibraries.cmake). Built by the
# `windows` job of .github/workflows/packages.yml; not yet run on a real Windows machine.

# The icon and version resources of both executables.
configure_file("${CMAKE_CURRENT_LIST_DIR}/vigie.rc.in" "${CMAKE_BINARY_DIR}/installer/vigie.rc" @ONLY)
foreach(target IN ITEMS vigie vigie-cli)
    target_sources(${target} PRIVATE "${CMAKE_BINARY_DIR}/installer/vigie.rc")
    add_dependencies(${target} vigie_icons)
endforeach()
set_source_files_properties("${CMAKE_BINARY_DIR}/installer/vigie.rc" TARGET_DIRECTORY vigie vigie-cli
    PROPERTIES OBJECT_DEPENDS "${VIGIE_ICON_ICO}")

# Qt's DLLs, plugins (platforms, styles, sqldrivers/qsqlite, imageformats...) and qt.conf,
# by windeployqt. Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET vigie OUTPUT_SCRIPT vigie_deploy_script)
else()
    qt_generate_deploy_app_script(TARGET vigie FILENAME_VARIABLE vigie_deploy_script)
endif()
install(SCRIPT "${vigie_deploy_script}")

# The other DLLs, found next to the libraries the build linked (vcpkg's bin/ in CI).
set(vigie_dll_dirs "$<TARGET_FILE_DIR:qt6keychain>")
if(LIBSSH2_PREFIX)
    list(APPEND vigie_dll_dirs "${LIBSSH2_PREFIX}/bin")
endif()
if(OPENSSL_INCLUDE_DIR)
    get_filename_component(openssl_prefix "${OPENSSL_INCLUDE_DIR}" DIRECTORY)
    list(APPEND vigie_dll_dirs "${openssl_prefix}/bin")
endif()
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND vigie_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
install(CODE "set(VIGIE_DEPLOY_EXECUTABLES \"$<TARGET_FILE:vigie>;$<TARGET_FILE:vigie-cli>\")
set(VIGIE_DEPLOY_DIRECTORIES \"${vigie_dll_dirs}\")")
install(SCRIPT "${CMAKE_CURRENT_LIST_DIR}/DeployRuntimeLibraries.cmake")

# The MSVC runtime DLLs, next to the executables (no separate vc_redist to run).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_FILE_NAME "vigie-${PROJECT_VERSION}-windows-x64")
set(CPACK_NSIS_PACKAGE_NAME "Vigie ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Vigie")
set(CPACK_NSIS_MUI_ICON "${VIGIE_ICON_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${VIGIE_ICON_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\vigie.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The uninstaller (Uninstall.exe, listed in "Apps & features") is always written by CPack's
# NSIS template; its Start-menu shortcut too, next to Vigie's.
set(CPACK_PACKAGE_EXECUTABLES "vigie" "Vigie")
set(CPACK_CREATE_DESKTOP_LINKS "vigie")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MENU_LINKS "${PROJECT_HOMEPAGE_URL}" "Vigie web site")
# vigie-cli on the PATH is optional (asked in the installer).
set(CPACK_NSIS_MODIFY_PATH ON)
