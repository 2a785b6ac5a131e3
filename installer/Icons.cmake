# Raster icons made at build time from resources/icons/vigie.svg by a small Qt tool
# (installer/tools/vigie-icons.cpp), so no binary image is kept in the repository:
#   ${VIGIE_ICONS_DIR}/hicolor/<N>x<N>/apps/vigie.png   Linux icon theme, N = 16..512
#   ${VIGIE_ICONS_DIR}/vigie.ico                        Windows executable and installer
#   ${VIGIE_ICONS_DIR}/vigie.icns                       macOS bundle
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Svg)

add_executable(vigie-icons "${CMAKE_CURRENT_LIST_DIR}/tools/vigie-icons.cpp")
target_link_libraries(vigie-icons PRIVATE Qt6::Gui Qt6::Svg vigie_options)
# A build tool, never installed: keep it next to its outputs rather than among the programs.
set_target_properties(vigie-icons PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/installer")

set(VIGIE_ICONS_DIR "${CMAKE_BINARY_DIR}/installer/icons")
set(VIGIE_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/vigie.svg")
set(VIGIE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(VIGIE_ICON_PNGS)
foreach(size IN LISTS VIGIE_ICON_SIZES)
    list(APPEND VIGIE_ICON_PNGS "${VIGIE_ICONS_DIR}/hicolor/${size}x${size}/apps/vigie.png")
endforeach()
set(VIGIE_ICON_ICO "${VIGIE_ICONS_DIR}/vigie.ico")
set(VIGIE_ICON_ICNS "${VIGIE_ICONS_DIR}/vigie.icns")

add_custom_command(
    OUTPUT ${VIGIE_ICON_PNGS} "${VIGIE_ICON_ICO}" "${VIGIE_ICON_ICNS}"
    COMMAND vigie-icons "${VIGIE_ICON_SVG}" "${VIGIE_ICONS_DIR}"
    DEPENDS vigie-icons "${VIGIE_ICON_SVG}"
    COMMENT "Rendering the Vigie icons from vigie.svg"
    VERBATIM)
add_custom_target(vigie_icons ALL DEPENDS ${VIGIE_ICON_PNGS} "${VIGIE_ICON_ICO}" "${VIGIE_ICON_ICNS}")
