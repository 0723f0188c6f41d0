#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Proves the Debian package works: builds it with CPack from a finished build tree, checks its
# contents and control fields, installs it with dpkg, runs the installed `kurier --version`,
# then purges it so the machine's package set is as before.
#
# usage: deb-install-test.sh BUILD_DIR VERSION BUILT_KURIER [APPSTREAMCLI]
#
# It installs into /usr, so it needs root and belongs on a throwaway machine (CI). It refuses to
# touch a kurier package, or any file of the package, that is already on the system.
set -euo pipefail
export LC_ALL=C.UTF-8

build_dir=${1:?build directory}
version=${2:?expected version}
built_binary=${3:?path of the built kurier}
appstreamcli=${4:-appstreamcli}
app_id=org.kurier.Kurier

started=$(date +%s)
say() { printf 'deb-install-test: %s\n' "$*"; }
fail() {
    printf 'deb-install-test: FAIL: %s\n' "$*" >&2
    exit 1
}

if [[ $(id -u) -ne 0 ]]; then
    fail "this test installs a package into /usr with dpkg and must run as root, on a machine" \
        "where that is acceptable (CI runs it so). Not running it here."
fi
for tool in cpack dpkg dpkg-deb dpkg-query readelf ldd timeout; do
    command -v "$tool" >/dev/null || fail "required tool '$tool' is not installed"
done
[[ -f $build_dir/CPackConfig.cmake ]] || fail "$build_dir/CPackConfig.cmake is missing; configure the project first"
[[ -x $built_binary ]] || fail "$built_binary is missing; build the project before running the tests"

# dpkg-query prints nothing useful for a name it never saw, so an empty status means "absent".
status_of_kurier() { dpkg-query -W -f='${db:Status-Status}' kurier 2>/dev/null || true; }
before=$(status_of_kurier)
if [[ -n $before && $before != not-installed ]]; then
    fail "a 'kurier' package is already on this system (status: $before). This test installs and" \
        "purges its own build of it, so it leaves that package alone; remove it first (dpkg --purge kurier)."
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kurier-deb-test.XXXXXX")
installed_by_us=no
cleanup() {
    local rc=$?
    if [[ $installed_by_us == yes ]]; then
        say "purging the test installation"
        dpkg --purge kurier >"$work/purge-on-exit.log" 2>&1 || {
            cat "$work/purge-on-exit.log" >&2
            printf 'deb-install-test: could not purge kurier; remove it by hand\n' >&2
            rc=1
        }
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT

# --- build the package -------------------------------------------------------------------------
cpack_started=$(date +%s)
if ! cpack -G DEB -B "$work/cpack" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack could not build the Debian package"
fi
shopt -s nullglob
debs=("$work"/cpack/*.deb)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || fail "expected exactly one .deb from cpack, found ${#debs[@]}"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[[ $(basename "$deb") == "kurier_${version}_${arch}.deb" ]] ||
    fail "package file is $(basename "$deb"), expected kurier_${version}_${arch}.deb"
say "built $(basename "$deb") ($(stat -c %s "$deb") bytes) in $(($(date +%s) - cpack_started)) s"

# --- contents ----------------------------------------------------------------------------------
dpkg-deb -c "$deb" >"$work/contents.txt"
# Each line: permissions owner/group size date time ./path
awk '{ print $6 }' "$work/contents.txt" | sed 's|^\./|/|' | sed 's|/$||' | grep -v '^$' >"$work/paths.txt"
for path in /usr/bin/kurier \
    "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    grep -qxF "$path" "$work/paths.txt" || fail "the package does not contain $path"
done
grep -E '[[:space:]]\./usr/bin/kurier$' "$work/contents.txt" | grep -q '^-rwxr-xr-x root/root ' ||
    fail "usr/bin/kurier is not an executable owned by root: $(grep ' ./usr/bin/kurier$' "$work/contents.txt")"
# Everything lives below /usr, and no development files (headers, static libraries, CMake
# packages) leak in from install rules meant for something else.
if grep -vE '^/usr(/|$)' "$work/paths.txt" | grep -q .; then
    fail "files outside /usr: $(grep -vE '^/usr(/|$)' "$work/paths.txt" | tr '\n' ' ')"
fi
if grep -E '^/usr/include(/|$)|\.a$|/cmake/' "$work/paths.txt" | grep -q .; then
    fail "development files in the package: $(grep -E '^/usr/include(/|$)|\.a$|/cmake/' "$work/paths.txt" | tr '\n' ' ')"
fi
say "contents: $(grep -vc '/$' "$work/contents.txt") entries, all expected files present"

# --- control fields ----------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == kurier ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected $version"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture is '$(field Architecture)', expected $arch"
[[ $(field Section) == mail ]] || fail "Section is '$(field Section)', expected mail"
[[ $(field Maintainer) == "Kurier authors" ]] || fail "Maintainer is '$(field Maintainer)'"
[[ -n $(field Description) ]] || fail "the package has no Description"
# Package names only: split alternatives and lists, drop version constraints.
names_of() { tr ',|' '\n' | sed -E 's/\(.*\)//; s/:any$//; s/[[:space:]]//g' | grep -v '^$' | sort -u; }
field Depends | names_of >"$work/depends.txt"
field Recommends | names_of >"$work/recommends.txt"
# The Qt and C++ libraries come from dpkg-shlibdeps; libsecret-1-0 and libqt6svg6 are declared
# by hand because they are only loaded at run time.
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6keychain1 libstdc++6 libc6 \
    libsecret-1-0 libqt6svg6; do
    grep -qxF "$package" "$work/depends.txt" || fail "Depends lacks $package: $(field Depends)"
done
grep -qxF qt6-translations-l10n "$work/recommends.txt" ||
    fail "Recommends lacks qt6-translations-l10n: $(field Recommends)"
say "Depends: $(field Depends)"

# --- the packaged binary is the one this tree built --------------------------------------------
dpkg-deb -x "$deb" "$work/root"
build_id() { readelf -n "$1" | sed -n 's/^[[:space:]]*Build ID: //p'; }
packaged_id=$(build_id "$work/root/usr/bin/kurier")
built_id=$(build_id "$built_binary")
[[ -n $built_id ]] || fail "$built_binary has no GNU build id to compare with"
[[ $packaged_id == "$built_id" ]] ||
    fail "the packaged kurier (build id $packaged_id) is not $built_binary (build id $built_id)"
# A run path into the build tree would make the installed program load build-tree libraries.
if readelf -d "$work/root/usr/bin/kurier" | grep -qE '\((RPATH|RUNPATH)\)'; then
    fail "the packaged kurier keeps a run path: $(readelf -d "$work/root/usr/bin/kurier" | grep -E 'RPATH|RUNPATH')"
fi
# The desktop entry, metainfo and icon must also agree with each other as installed.
if ! "$appstreamcli" validate-tree --no-net "$work/root" >"$work/validate-tree.log" 2>&1; then
    cat "$work/validate-tree.log" >&2
    fail "appstreamcli validate-tree rejects the installed tree"
fi

# --- install -----------------------------------------------------------------------------------
# Files of the package that exist on the system right now (directories are shared, so not counted).
present_files() {
    local path
    while IFS= read -r path; do
        if [[ -e $path && ! -d $path ]]; then printf '%s\n' "$path"; fi
    done <"$work/paths.txt"
}
leftover=$(present_files)
[[ -z $leftover ]] ||
    fail "already on the system and owned by no kurier package, so the test will not overwrite them: ${leftover//$'\n'/ }"
installed_by_us=yes
install_started=$(date +%s)
if ! dpkg -i "$deb" >"$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    if grep -q 'dependency problems' "$work/install.log"; then
        fail "dpkg -i reports missing dependencies (scripts/packages-build.txt should install them)"
    fi
    fail "dpkg -i failed"
fi
if grep -qiE 'dependency problems|warning' "$work/install.log"; then
    cat "$work/install.log" >&2
    fail "dpkg -i succeeded but complained"
fi
[[ $(status_of_kurier) == installed ]] || fail "after dpkg -i, kurier's status is '$(status_of_kurier)'"
say "installed with dpkg -i in $(($(date +%s) - install_started)) s"

if ldd /usr/bin/kurier | grep -q 'not found'; then
    fail "the installed kurier misses libraries: $(ldd /usr/bin/kurier | grep 'not found')"
fi
# A clean environment: nothing from the build tree or the caller's session may help it start.
mkdir -p "$work/home"
if ! output=$(timeout 30 env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 \
    /usr/bin/kurier --version 2>"$work/version.err"); then
    cat "$work/version.err" >&2
    fail "the installed /usr/bin/kurier --version failed"
fi
[[ $output == "kurier $version" ]] || fail "/usr/bin/kurier --version printed '$output', expected 'kurier $version'"
say "/usr/bin/kurier --version: $output"

# --- uninstall ---------------------------------------------------------------------------------
if ! dpkg --purge kurier >"$work/purge.log" 2>&1; then
    cat "$work/purge.log" >&2
    fail "dpkg --purge kurier failed"
fi
installed_by_us=no
after=$(status_of_kurier)
[[ -z $after || $after == not-installed ]] || fail "after purging, kurier's status is '$after'"
leftover=$(present_files)
[[ -z $leftover ]] || fail "still there after purging: ${leftover//$'\n'/ }"
say "purged; the system is as before. Total $(($(date +%s) - started)) s"
