# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# app/ and autoconfig/ are GUI-free: they may not include QtGui/QtWidgets headers or
# anything from ui/. autoconfig/ may not include app/ either (dependencies point
# ui -> app -> autoconfig).
set(violations "")
foreach(layer app autoconfig)
    file(GLOB_RECURSE files ${SOURCE_DIR}/${layer}/*.cpp ${SOURCE_DIR}/${layer}/*.h)
    foreach(file IN LISTS files)
        file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS includes)
            if(line MATCHES "<Qt(Gui|Widgets|Svg)/|<Q(Widget|Application|Dialog|MainWindow|Label|PushButton|Pixmap|Image|Icon|Painter)>|\"ui/")
                list(APPEND violations "${file}: ${line}")
            endif()
            if(layer STREQUAL "autoconfig" AND line MATCHES "\"app/")
                list(APPEND violations "${file}: ${line}")
            endif()
        endforeach()
    endforeach()
endforeach()
if(violations)
    list(JOIN violations "\n" text)
    message(FATAL_ERROR "GUI-free layers include GUI or upper-layer headers:\n${text}")
endif()
message(STATUS "app/ and autoconfig/ are GUI-free")
