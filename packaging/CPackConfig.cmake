# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration and the .deb: `cpack -G DEB` in a build directory.
set(RT_APP_ID io.github.roundtable.Roundtable)
configure_file(${CMAKE_CURRENT_LIST_DIR}/linux/${RT_APP_ID}.desktop.in ${CMAKE_BINARY_DIR}/${RT_APP_ID}.desktop @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/linux/${RT_APP_ID}.metainfo.xml.in ${CMAKE_BINARY_DIR}/${RT_APP_ID}.metainfo.xml
               @ONLY)
include(GNUInstallDirs)
install(FILES ${CMAKE_BINARY_DIR}/${RT_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_BINARY_DIR}/${RT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${RT_APP_ID}.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/roundtable.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${RT_APP_ID}.svg)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/roundtable.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes RENAME application-x-roundtable-session.svg)

set(CPACK_PACKAGE_NAME roundtable)
set(CPACK_PACKAGE_VENDOR "The Roundtable developers")
set(CPACK_PACKAGE_CONTACT "The Roundtable developers <roundtable@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-color-emoji")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libreoffice-impress")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
