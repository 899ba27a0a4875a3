# verbatim_layer(NAME DIRS dir... SOURCES file... [PUBLIC dep...] [PRIVATE dep...])
#
# One static library per layer of the code (text, schema, read, ..., cli), named verbatim_NAME.
# Its headers are reachable only through the layer's own include root,
# build/layers/NAME/, which holds a link to each of its DIRS: a file sees the headers of its own
# layer and of the layers it links, nothing else. An include that climbs to a layer not linked
# (or links one it should not) fails to compile: the build holds the layering, not a review.
# A layer whose headers include another layer's headers links it PUBLIC; otherwise PRIVATE.
function(verbatim_layer name)
  cmake_parse_arguments(L "" "" "DIRS;SOURCES;PUBLIC;PRIVATE" ${ARGN})
  set(root ${CMAKE_BINARY_DIR}/layers/${name})
  foreach(dir IN LISTS L_DIRS)
    get_filename_component(parent ${root}/${dir} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    if(NOT EXISTS ${root}/${dir})
      file(CREATE_LINK ${CMAKE_SOURCE_DIR}/${dir} ${root}/${dir} SYMBOLIC)
    endif()
  endforeach()
  set(sources)
  foreach(src IN LISTS L_SOURCES)
    if(IS_ABSOLUTE ${src})
      list(APPEND sources ${src})
    else()
      list(APPEND sources ${CMAKE_SOURCE_DIR}/${src})
    endif()
  endforeach()
  add_library(verbatim_${name} STATIC ${sources})
  target_include_directories(verbatim_${name} PUBLIC ${root})
  target_link_libraries(verbatim_${name} PUBLIC ${L_PUBLIC} PRIVATE ${L_PRIVATE})
  set_property(GLOBAL APPEND PROPERTY VERBATIM_LAYERS verbatim_${name})
endfunction()
