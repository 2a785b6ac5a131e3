# macOS: a DragNDrop DMG holding Vigie.app, made self-contained by macdeployqt (Qt frameworks
# and plugins, plus the Homebrew dylibs: libssh2, OpenSSL, QtKeychain). vigie-cli is installed
# inside the bundle (Vigie.app/Contents/MacOS/vigie-cli) so it shares the deployed libraries.
# Built by the `macos` job of .github/workflows/packages.yml; not yet run on a real Mac.

set_target_properties(vigie PROPERTIES
    OUTPUT_NAME "Vigie"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.vigie.Vigie"
    MACOSX_BUNDLE_BUNDLE_NAME "Vigie"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "vigie.icns"
    MACOSX_BUNDLE_COPYRIGHT "MIT License, the Vigie authors")
# The icon, rendered at build time, copied into Vigie.app/Contents/Resources.
target_sources(vigie PRIVATE "${VIGIE_ICON_ICNS}")
set_source_files_properties("${VIGIE_ICON_ICNS}" TARGET_DIRECTORY vigie
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
add_dependencies(vigie vigie_icons)

install(TARGETS vigie-cli RUNTIME DESTINATION "Vigie.app/Contents/MacOS")

# macdeployqt through Qt's deploy support (the API qt_generate_deploy_app_script uses), with
# vigie-cli as an additional executable so its library paths are rewritten as well.
set(vigie_deploy_script "${CMAKE_BINARY_DIR}/installer/deploy-macos.cmake")
file(GENERATE OUTPUT "${vigie_deploy_script}" CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"Vigie.app\"
    ADDITIONAL_EXECUTABLES \"Vigie.app/Contents/MacOS/vigie-cli\"
    NO_APP_STORE_COMPLIANCE)
# macdeployqt rewrote the binaries: sign the bundle again (ad hoc), or Apple silicon refuses it.
execute_process(COMMAND codesign --force --deep --sign - \"\${QT_DEPLOY_PREFIX}/Vigie.app\"
    COMMAND_ERROR_IS_FATAL ANY)
")
install(SCRIPT "${vigie_deploy_script}")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "vigie-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DMG_VOLUME_NAME "Vigie ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# The DMG shows Vigie.app next to a link to /Applications. The licence stays in the bundle's
# package, not as a click-through agreement (CPack's DMG SLA needs deprecated Rez tools).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
