# SPDX-License-Identifier: Apache-2.0
# Project-wide compiler settings live on one INTERFACE target that every target links,
# instead of directory-wide flags, so nothing leaks into or out of third-party code.
add_library(roost_common INTERFACE)
target_compile_features(roost_common INTERFACE cxx_std_20)
target_compile_options(roost_common INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
  $<$<BOOL:${ROOST_WERROR}>:-Werror>)
target_compile_definitions(roost_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  ROOST_VERSION="${PROJECT_VERSION}")
