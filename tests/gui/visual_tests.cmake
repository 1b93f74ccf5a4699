# Tests and the repaint benchmark of the flame chart, flame graph and block
# plots. Included from tests/gui/CMakeLists.txt.
foreach(_stichotrope_visual_test tst_flame_chart tst_flame_graph tst_block_plots tst_time_range)
  add_executable(${_stichotrope_visual_test} ${CMAKE_CURRENT_LIST_DIR}/${_stichotrope_visual_test}.cpp)
  set_target_properties(${_stichotrope_visual_test} PROPERTIES AUTOMOC ON)
  target_link_libraries(${_stichotrope_visual_test} PRIVATE stichotrope_widgets stichotrope_models Qt6::Test)
  target_include_directories(${_stichotrope_visual_test} PRIVATE ${CMAKE_CURRENT_LIST_DIR})
  add_test(NAME ${_stichotrope_visual_test} COMMAND ${_stichotrope_visual_test})
  set_tests_properties(${_stichotrope_visual_test} PROPERTIES LABELS gui TIMEOUT 120 ENVIRONMENT QT_QPA_PLATFORM=offscreen)
endforeach()

# Not a test: prints the median repaint time of a million-event window.
add_executable(bench_flame_chart ${CMAKE_CURRENT_LIST_DIR}/bench_flame_chart.cpp)
target_link_libraries(bench_flame_chart PRIVATE stichotrope_widgets stichotrope_models)
