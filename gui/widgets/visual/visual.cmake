# Flame chart, flame graph and block plots. Included from gui/CMakeLists.txt
# once the targets stichotrope_models and stichotrope_widgets exist.
set(_stichotrope_gui_dir ${CMAKE_CURRENT_LIST_DIR}/../..)

# Widget-free geometry and history: testable without a display.
target_sources(stichotrope_models PRIVATE
  ${_stichotrope_gui_dir}/model/TimelineWindow.cpp
  ${_stichotrope_gui_dir}/model/TimelineWindow.hpp
  ${_stichotrope_gui_dir}/model/FlameChartLayout.cpp
  ${_stichotrope_gui_dir}/model/FlameChartLayout.hpp
  ${_stichotrope_gui_dir}/model/ReadableSpan.cpp
  ${_stichotrope_gui_dir}/model/ReadableSpan.hpp
  ${_stichotrope_gui_dir}/model/RangeStatistics.cpp
  ${_stichotrope_gui_dir}/model/RangeStatistics.hpp
  ${_stichotrope_gui_dir}/model/FlameGraphLayout.cpp
  ${_stichotrope_gui_dir}/model/FlameGraphLayout.hpp
  ${CMAKE_CURRENT_LIST_DIR}/BlockHistory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BlockHistory.hpp
)

target_sources(stichotrope_widgets PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FlameChartPlottable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FlameChartPlottable.hpp
  ${CMAKE_CURRENT_LIST_DIR}/PlotTheme.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlotTheme.hpp
  ${CMAKE_CURRENT_LIST_DIR}/RelativeTimeTicker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RelativeTimeTicker.hpp
  ${CMAKE_CURRENT_LIST_DIR}/TimeRangeBand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TimeRangeBand.hpp
  ${CMAKE_CURRENT_LIST_DIR}/RangeView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RangeView.hpp
  ${CMAKE_CURRENT_LIST_DIR}/FlameChartView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FlameChartView.hpp
  ${CMAKE_CURRENT_LIST_DIR}/FlameGraphCanvas.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FlameGraphCanvas.hpp
  ${CMAKE_CURRENT_LIST_DIR}/FlameGraphWidget.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FlameGraphWidget.hpp
  ${CMAKE_CURRENT_LIST_DIR}/DurationLogTicker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DurationLogTicker.hpp
  ${CMAKE_CURRENT_LIST_DIR}/BlockPlotsWidget.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BlockPlotsWidget.hpp
)
