"""committed_copy: keep a committed copy of a generated directory in step with the build output."""

load("@rules_shell//shell:sh_binary.bzl", "sh_binary")
load("@rules_shell//shell:sh_test.bzl", "sh_test")

_IGNORED = [
    "**/__pycache__/**",
    "**/*.pyc",
    "**/.mypy_cache/**",
    "**/.pytest_cache/**",
    "**/.ruff_cache/**",
    "**/*.egg-info/**",
]

def committed_copy(name, src, path, update_command = None, **kwargs):
    """Declares `<name>_test` and `<name>.update` for the directory `path` of this package.

    `<name>_test` fails with a unified diff when the committed files differ from `src`'s output directory (files
    added, removed or changed). `bazel run <name>.update` writes the build output over the committed copy.

    Args:
      name: base name of the targets.
      src: a target whose single output is a directory, e.g. a `py_openapi_client`.
      path: the committed directory, relative to this package.
      update_command: the command the failure message tells people to run (defaults to the `.update` target).
      **kwargs: passed to both targets (e.g. `tags`, `visibility`).
    """
    package = native.package_name()
    label = "//%s:%s.update" % (package, name)
    native.filegroup(
        name = name + "_files",
        srcs = native.glob([path + "/**"], exclude = [path + "/" + p for p in _IGNORED], allow_empty = True),
    )
    sh_test(
        name = name + "_test",
        srcs = [Label("//rules/python/private:diff_copy.sh")],
        args = [
            "$(rootpath %s)" % src,
            "/".join([p for p in [package, path] if p]),
            update_command or ("bazel run " + label),
        ],
        data = [src, name + "_files"],
        **kwargs
    )
    sh_binary(
        name = name + ".update",
        srcs = [Label("//rules/python/private:update_copy.sh")],
        args = [
            "$(rootpath %s)" % src,
            "/".join([p for p in [package, path] if p]),
        ],
        data = [src],
        **kwargs
    )
