# The installed CMake package: find_package(Stichotrope) gives
# Stichotrope::engine (plain C++, no Qt) and, when Qt 6 and QCustomPlot are
# there, Stichotrope::widgets. Two export sets, so the engine's never names Qt.
include(CMakePackageConfigHelpers)
set(STICHOTROPE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Stichotrope)
set(STICHOTROPE_TRANSLATIONS_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/stichotrope/translations)

install(EXPORT StichotropeEngineTargets NAMESPACE Stichotrope:: DESTINATION ${STICHOTROPE_CMAKE_DIR})
set(_stichotrope_package_files
  ${CMAKE_CURRENT_BINARY_DIR}/StichotropeConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/StichotropeConfigVersion.cmake)
if(NOT STICHOTROPE_ENGINE_ONLY)
  install(EXPORT StichotropeWidgetsTargets NAMESPACE Stichotrope:: DESTINATION ${STICHOTROPE_CMAKE_DIR})
  list(APPEND _stichotrope_package_files ${CMAKE_CURRENT_LIST_DIR}/StichotropeQCustomPlot.cmake)
endif()

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/StichotropeConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/StichotropeConfig.cmake
  INSTALL_DESTINATION ${STICHOTROPE_CMAKE_DIR}
  PATH_VARS STICHOTROPE_TRANSLATIONS_INSTALL_DIR)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/StichotropeConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${_stichotrope_package_files} DESTINATION ${STICHOTROPE_CMAKE_DIR})
