# SPDX-License-Identifier: Apache-2.0
# Debian packages by CPack: `roost` (the desktop app) and `roost-server` (the service, its
# systemd unit running as the dedicated `roost` user, its default configuration in /etc/roost).
include(GNUInstallDirs)

install(FILES packaging/roost-server.service DESTINATION lib/systemd/system COMPONENT server)
install(FILES packaging/roost-server.conf DESTINATION /etc/roost COMPONENT server)
install(FILES README.md docs/configuration.md docs/operations.md docs/openapi.yaml DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/roost-server COMPONENT server)
if(ROOST_BUILD_APP)
  install(FILES resources/roost.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
  install(FILES resources/roost.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT app)
  include(cmake/Icons.cmake)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_VENDOR "Roost")
set(CPACK_PACKAGE_CONTACT "Roost maintainers <maintainers@roost.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Short-term rentals for hosts and guests, offline-first")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Library dependencies are read off the binaries by dpkg-shlibdeps, so they are always exact.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME roost-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "postgresql-15, postgresql-contrib, adduser, qt6-image-formats-plugins")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_SOURCE_DIR}/packaging/debian/postinst;${CMAKE_CURRENT_SOURCE_DIR}/packaging/debian/prerm;${CMAKE_CURRENT_SOURCE_DIR}/packaging/debian/conffiles")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "Roost sync server\n The HTTP API, background jobs and storage of Roost, on PostgreSQL.")
set(CPACK_DEBIAN_APP_PACKAGE_NAME roost)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_APP_DESCRIPTION "Roost desktop app\n Find, book and pay for stays, or host them; works offline.")
set(CPACK_COMPONENTS_ALL server)
if(ROOST_BUILD_APP)
  list(APPEND CPACK_COMPONENTS_ALL app)
endif()
include(CPack)
