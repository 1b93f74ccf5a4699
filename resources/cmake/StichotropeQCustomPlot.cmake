# Defines the imported target Stichotrope::QCustomPlotQt6 and sets
# STICHOTROPE_QCUSTOMPLOT_FOUND. Debian's QCustomPlot CMake package describes
# the Qt 5 build; the Qt 6 build is the separate library QCustomPlotQt6.
# Used by the build and, installed, by the Stichotrope package.
if(TARGET Stichotrope::QCustomPlotQt6)
  set(STICHOTROPE_QCUSTOMPLOT_FOUND TRUE)
  return()
endif()
find_path(STICHOTROPE_QCUSTOMPLOT_INCLUDE_DIR qcustomplot.h)
find_library(STICHOTROPE_QCUSTOMPLOT_QT6_LIBRARY NAMES QCustomPlotQt6)
if(NOT STICHOTROPE_QCUSTOMPLOT_INCLUDE_DIR OR NOT STICHOTROPE_QCUSTOMPLOT_QT6_LIBRARY)
  set(STICHOTROPE_QCUSTOMPLOT_FOUND FALSE)
  return()
endif()
add_library(Stichotrope::QCustomPlotQt6 UNKNOWN IMPORTED)
set_target_properties(Stichotrope::QCustomPlotQt6 PROPERTIES
  IMPORTED_LOCATION "${STICHOTROPE_QCUSTOMPLOT_QT6_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${STICHOTROPE_QCUSTOMPLOT_INCLUDE_DIR}"
  INTERFACE_COMPILE_DEFINITIONS QCUSTOMPLOT_USE_LIBRARY
  INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
set(STICHOTROPE_QCUSTOMPLOT_FOUND TRUE)
