# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Project-wide strictness lives in one INTERFACE target that every target links PRIVATE,
# so a new target cannot forget it and nothing leaks into add_definitions().

add_library(kurier_build_settings INTERFACE)
target_compile_features(kurier_build_settings INTERFACE cxx_std_20)
target_compile_definitions(kurier_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    KURIER_VERSION_STRING="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(kurier_build_settings INTERFACE
        -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wformat=2 -Wimplicit-fallthrough)
    if(KURIER_WERROR)
        target_compile_options(kurier_build_settings INTERFACE -Werror)
    endif()
    if(KURIER_SANITIZERS)
        list(JOIN KURIER_SANITIZERS "," kurier_sanitizer_list)
        target_compile_options(kurier_build_settings INTERFACE
            -fsanitize=${kurier_sanitizer_list} -fno-omit-frame-pointer -fno-sanitize-recover=all)
        target_link_options(kurier_build_settings INTERFACE -fsanitize=${kurier_sanitizer_list})
    endif()
    # Coverage feedback must come from the library code under test, not only from the fuzz
    # driver, or libFuzzer mutates blindly; the fuzz targets add the libFuzzer runtime.
    if(KURIER_FUZZ)
        target_compile_options(kurier_build_settings INTERFACE -fsanitize=fuzzer-no-link)
    endif()
endif()

# GUI-free libraries must never link anything that drags in QtGui; checked at configure time
# so a stray target_link_libraries(... Qt6::Widgets) fails the build, not a reviewer.
function(kurier_assert_gui_free target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS libs)
        if(lib MATCHES "Qt6?::(Gui|Widgets|Svg|SvgWidgets|OpenGL|Quick)")
            message(FATAL_ERROR "${target} is GUI-free by design but links ${lib}")
        endif()
    endforeach()
endfunction()
