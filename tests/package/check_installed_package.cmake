# Installs the build tree to a temporary prefix, then configures, builds and
# runs the two consumers against it with find_package only.
# cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DWORK_DIR=... -DGENERATOR=... -P check_installed_package.cmake
foreach(var BUILD_DIR SOURCE_DIR WORK_DIR GENERATOR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "${var} is not set")
  endif()
endforeach()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "failed (${rc}): ${command}\n${out}\n${err}")
  endif()
  message(STATUS "${out}")
endfunction()

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

# The desktop integration files, where desktops look for them.
foreach(file
    bin/stichotrope-viewer
    share/applications/io.github.stichotrope.viewer.desktop
    share/metainfo/io.github.stichotrope.viewer.metainfo.xml
    share/icons/hicolor/scalable/apps/io.github.stichotrope.viewer.svg
    share/icons/hicolor/48x48/apps/io.github.stichotrope.viewer.png
    share/icons/hicolor/256x256/apps/io.github.stichotrope.viewer.png
    share/stichotrope/translations/stichotrope_fr.qm
    share/stichotrope/translations/stichotrope_de.qm
    include/stichotrope/stichotrope.hpp
    include/stichotrope/gui/widgets/ProfilerWidget.hpp
    include/stichotrope/gui/capture/CaptureWriter.hpp)
  if(NOT EXISTS ${prefix}/${file})
    message(FATAL_ERROR "not installed: ${prefix}/${file}")
  endif()
endforeach()

foreach(consumer engine_consumer widgets_consumer)
  set(build ${WORK_DIR}/${consumer})
  run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/${consumer} -B ${build} -G ${GENERATOR} -DCMAKE_BUILD_TYPE=Release
      -DCMAKE_PREFIX_PATH=${prefix})
  run(${CMAKE_COMMAND} --build ${build})
endforeach()
run(${WORK_DIR}/engine_consumer/engine_consumer)
run(${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${WORK_DIR}/widgets_consumer/widgets_consumer --check)
