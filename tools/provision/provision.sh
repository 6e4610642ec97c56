# Provisioning of the offline Bazel toolchain, sourced by tools/bazel (bash).
#
# Layout of the per-machine state directory ($state, outside any clone, shared by every clone on the machine):
#   lock                    flock(1) lock held while provisioning or mounting
#   provision.log           output of the last provisioning steps (shown when a step fails)
#   chroots/<key>/          Debian sid root with Bazel 7 and the Python tools   (key: Debian pins)
#   data/                   bind-mounted into every chroot at the same path:
#     modules-<key>/        rules_go and gazelle, patched; stub modules         (key: module pins + stubs)
#     output-<key>/         Bazel's output user root for the chroot of that key
# Everything is built under a *.partial-<pid> name and renamed into place when complete, so an interrupted run
# never leaves something a later run trusts.

# Bump when the way a chroot or the modules are made changes, so machines re-provision.
CHROOT_RECIPE=1
MODULES_RECIPE=1

log() { printf 'tools/bazel: %s\n' "$*" >&2; }

die() {
  log "error: $*"
  exit 1
}

# run_step NAME CMD...: run CMD with its output in the log; on failure name the step and show the log's tail.
run_step() {
  local name=$1
  shift
  log "$name"
  printf '\n== %s\n' "$name" >>"$state/provision.log"
  if ! "$@" >>"$state/provision.log" 2>&1; then
    log "error: provisioning failed at step: $name"
    tail -n 25 "$state/provision.log" | sed 's/^/  | /' >&2
    log "full log: $state/provision.log"
    exit 1
  fi
}

hash_of() { sha256sum | cut -c1-16; }

chroot_key() {
  printf '%s\n' "$CHROOT_RECIPE" "$DEBIAN_SUITE" $DEBIAN_PACKAGES | hash_of
}

modules_key() {
  {
    printf '%s\n' "$MODULES_RECIPE" "$RULES_GO_VERSION" "$GAZELLE_VERSION"
    (cd "$provision_dir/stubs" && find . -type f | LC_ALL=C sort | xargs sha256sum)
  } | hash_of
}

# host_mirror prints the Debian mirror the host itself uses (never a hard-coded address).
host_mirror() {
  local codename
  codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
  apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null |
    awk -v c="$codename" '$2 == c { print $1; exit }'
}

# in_root ROOT CMD...: run CMD inside ROOT with a clean environment.
in_root() {
  local root=$1
  shift
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# mount_once SRC DST [OPTIONS...]: bind-mount SRC on DST, reusing a mount that shows SRC already (never stack).
# A mount of a directory since deleted and made anew (a fresh clone at the same path) is replaced.
mount_once() {
  local src=$1 dst=$2
  shift 2
  mkdir -p "$dst"
  if mountpoint -q "$dst"; then
    [ "$(stat -c %d:%i "$src")" = "$(stat -c %d:%i "$dst")" ] && return 0
    umount "$dst" 2>/dev/null || umount -l "$dst"
  fi
  mount --bind "$@" "$src" "$dst"
}

# mount_system ROOT: the kernel file systems a chroot needs.
mount_system() {
  local root=$1
  mkdir -p "$root/proc" "$root/sys"
  mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
  mountpoint -q "$root/sys" || mount -t sysfs sysfs "$root/sys"
  mount_once /dev "$root/dev"
  mount_once /dev/pts "$root/dev/pts"
  mount_once /dev/shm "$root/dev/shm"
}

# unmount_under DIR: unmount everything mounted at or below DIR, deepest first.
unmount_under() {
  local dir
  dir=$(readlink -f "$1")
  awk -v d="$dir" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/mounts | sort -r |
    while read -r m; do umount "$m" 2>/dev/null || umount -l "$m"; done
}

# kill_inside ROOT: stop every process whose root directory is ROOT (an old chroot's Bazel server).
kill_inside() {
  local root pid
  root=$(readlink -f "$1")
  for pid in /proc/[0-9]*; do
    [ "$(readlink "$pid/root" 2>/dev/null)" = "$root" ] && kill "${pid#/proc/}" 2>/dev/null
  done
  return 0
}

# remove_tree DIR: stop what runs in it, unmount what is mounted in it, move it to the trash and delete it in the
# background (an output root holds a gigabyte of small files; nothing waits for that).
remove_tree() {
  [ -e "$1" ] || return 0
  kill_inside "$1"
  unmount_under "$1"
  mkdir -p "$state/trash"
  mv "$1" "$state/trash/${1##*/}.$$"
  empty_trash
}

empty_trash() {
  [ -d "$state/trash" ] || return 0
  (cd / && exec nohup rm -rf --one-file-system "$state/trash" >/dev/null 2>&1 &)
}

check_debian_pins() {
  local root=$1 pin pkg want have missing=0
  for pin in $DEBIAN_PACKAGES; do
    pkg=${pin%%=*}
    want=${pin#*=}
    if ! in_root "$root" apt-cache madison "$pkg" | awk -F'|' '{gsub(/ /, "", $2); print $2}' | grep -qxF "$want"; then
      have=$(in_root "$root" apt-cache madison "$pkg" | awk -F'|' '{gsub(/ /, "", $2); print $2}' | tr '\n' ' ')
      echo "the Debian mirror no longer has $pkg=$want (it has: ${have:-nothing}); update DEBIAN_PACKAGES in tools/provision/versions.env"
      missing=1
    fi
  done
  return "$missing"
}

make_chroot() {
  local final=$1 root=$1.partial-$$ mirror
  mirror=$(host_mirror)
  [ -n "$mirror" ] || die "cannot find the host's Debian mirror in its apt configuration"
  command -v debootstrap >/dev/null || run_step "installing debootstrap on the host" apt-get install -y debootstrap
  log "making a Debian $DEBIAN_SUITE chroot with Bazel (a few minutes, once per machine)"
  run_step "debootstrap $DEBIAN_SUITE (about 30 s)" debootstrap --variant=minbase "$DEBIAN_SUITE" "$root" "$mirror"
  # The mirror's sid Release file is past its Valid-Until date; the chroot must trust the host's extra CAs.
  echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/99portarium-no-valid-until"
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mount_system "$root"
  run_step "apt-get update in the chroot" in_root "$root" apt-get update
  run_step "checking the pinned Debian versions" check_debian_pins "$root"
  # shellcheck disable=SC2086
  run_step "installing Bazel 7 and Python tools (about 60 s)" \
    in_root "$root" apt-get install -y --no-install-recommends $DEBIAN_PACKAGES
  run_step "trusting the host's certificates" in_root "$root" update-ca-certificates
  in_root "$root" apt-get clean
  unmount_under "$root"
  mv "$root" "$final"
}

module_dir() { go mod download -json "$1" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p'; }

make_modules() {
  local final=$1 dir=$1.partial-$$ src
  mkdir -p "$dir"
  log "fetching rules_go $RULES_GO_VERSION and gazelle $GAZELLE_VERSION from the Go module proxy"
  src=$(module_dir "github.com/bazelbuild/rules_go@$RULES_GO_VERSION") || die "step 'go mod download rules_go' failed"
  cp -r "$src" "$dir/rules_go"
  src=$(module_dir "github.com/bazelbuild/bazel-gazelle@$GAZELLE_VERSION") || die "step 'go mod download gazelle' failed"
  cp -r "$src" "$dir/gazelle"
  chmod -R u+w "$dir"
  # rules_go's own go_sdk.from_file downloads Go's release index when the extension runs: drop it (offline).
  sed -i '/^go_sdk\.from_file(/,/^)/d' "$dir/rules_go/MODULE.bazel"
  # gazelle builds its tools from vendor/, which release archives ship and module zips do not.
  run_step "vendoring gazelle's dependencies" sh -c "cd '$dir/gazelle' && go mod vendor -e"
  # Module zips drop executable bits.
  find "$dir" -name '*.sh' -o -name '*.bash' | xargs chmod +x
  cp -r "$provision_dir/stubs" "$dir/stubs"
  mv "$dir" "$final"
}

# write_machine_bazelrc FILE MODULES OUTPUT: the offline flags, kept out of MODULE.bazel and out of git.
write_machine_bazelrc() {
  local file=$1 mods=$2 out=$3 tmp
  tmp=$(mktemp "$file.XXXXXX")
  {
    echo "# Written by tools/bazel for this machine's offline toolchain. Not committed; rewritten on every call."
    echo "startup --output_user_root=$out"
    echo "common --noenable_workspace"
    echo "common --lockfile_mode=off"
    echo "common --override_module=rules_go=$mods/rules_go"
    echo "common --override_module=gazelle=$mods/gazelle"
    echo "common --override_module=rules_shell=/usr/share/bazel/rules/shell"
    for stub in buildozer protobuf zlib apple_support package_metadata; do
      echo "common --override_module=$stub=$mods/stubs/$stub"
    done
  } >"$tmp"
  if cmp -s "$tmp" "$file"; then rm -f "$tmp"; else mv "$tmp" "$file"; fi
}
