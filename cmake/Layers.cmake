# verbatim_layer(NAME [PROGRAM] DIRS dir... SOURCES file... [PUBLIC dep...] [PRIVATE dep...])
#
# One static library per layer of the code (text, schema, read, ..., cli), named verbatim_NAME.
# With PROGRAM, a layer of a separate program (the HTTP helper), which the executable and the
# tests do not link (it is not in VERBATIM_LAYERS).
# Its headers are reachable only through the layer's own include root,
# build/layers/NAME/, which holds a link to each of its DIRS: a file sees the headers of its own
# layer and of the layers it links, nothing else. An include that climbs to a layer not linked
# (or links one it should not) fails to compile: the build holds the layering, not a review.
# A layer whose headers include another layer's headers links it PUBLIC; otherwise PRIVATE.
function(verbatim_layer name)
  cmake_parse_arguments(L "PROGRAM" "" "DIRS;SOURCES;PUBLIC;PRIVATE" ${ARGN})
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
  if(L_PROGRAM)
    set_property(GLOBAL APPEND PROPERTY VERBATIM_PROGRAM_LAYERS verbatim_${name})
  else()
    set_property(GLOBAL APPEND PROPERTY VERBATIM_LAYERS verbatim_${name})
  endif()
  target_include_directories(verbatim_${name} PUBLIC ${root})
  target_link_libraries(verbatim_${name} PUBLIC ${L_PUBLIC} PRIVATE ${L_PRIVATE})
endfunction()

# verbatim_check_sources(DIR...): fails the configure step when a .cc file under DIRs is in no
# layer's SOURCES (the lists are written out; this only catches a file someone forgot to list).
function(verbatim_check_sources)
  get_property(layers GLOBAL PROPERTY VERBATIM_LAYERS)
  get_property(modules GLOBAL PROPERTY VERBATIM_PROGRAM_LAYERS)
  list(APPEND layers ${modules})
  set(listed)
  foreach(layer IN LISTS layers)
    get_target_property(sources ${layer} SOURCES)
    list(APPEND listed ${sources})
  endforeach()
  foreach(dir IN LISTS ARGN)
    file(GLOB_RECURSE found ${CMAKE_SOURCE_DIR}/${dir}/*.cc)
    foreach(src IN LISTS found)
      if(NOT src IN_LIST listed AND NOT src MATCHES "/(cli|http)/main\\.cc$")
        message(FATAL_ERROR "${src} is in no layer: add it to the SOURCES of its layer in "
                            "CMakeLists.txt")
      endif()
    endforeach()
  endforeach()
endfunction()
