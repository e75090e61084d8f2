# SPDX-License-Identifier: Apache-2.0
# PNG renders of the SVG application icon at the hicolor theme's usual sizes, made at build time
# by a small Qt tool (QSvgRenderer), so the repository keeps one icon source.
find_package(Qt6 6.4 REQUIRED COMPONENTS Svg)

qt_add_executable(roost-icon-render ${CMAKE_CURRENT_SOURCE_DIR}/tools/icon-render/IconRender.cpp)
target_link_libraries(roost-icon-render PRIVATE roost_common Qt6::Gui Qt6::Svg)

set(ROOST_ICON_SIZES 16 24 32 48 64 128 256)
set(ROOST_ICON_DIR ${CMAKE_CURRENT_BINARY_DIR}/icons)
set(ROOST_ICON_PNGS)
foreach(size IN LISTS ROOST_ICON_SIZES)
  list(APPEND ROOST_ICON_PNGS ${ROOST_ICON_DIR}/${size}x${size}/roost.png)
endforeach()
add_custom_command(OUTPUT ${ROOST_ICON_PNGS}
  COMMAND roost-icon-render ${CMAKE_CURRENT_SOURCE_DIR}/resources/roost.svg ${ROOST_ICON_DIR} ${ROOST_ICON_SIZES}
  DEPENDS roost-icon-render ${CMAKE_CURRENT_SOURCE_DIR}/resources/roost.svg
  COMMENT "Rendering the application icon to PNG"
  VERBATIM)
add_custom_target(roost-icons ALL DEPENDS ${ROOST_ICON_PNGS})

foreach(size IN LISTS ROOST_ICON_SIZES)
  install(FILES ${ROOST_ICON_DIR}/${size}x${size}/roost.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT app)
endforeach()
