"""Implementation of py_openapi_client: runs the generator as one build action and exposes the result to Python."""

load("@rules_python//python:defs.bzl", "PyInfo")

_IDENTIFIER_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
_IDENTIFIER_REST = _IDENTIFIER_START + "0123456789"

def _check_attrs(ctx):
    package = ctx.attr.package_name
    if not package or package[0] not in _IDENTIFIER_START or [c for c in package.elems() if c not in _IDENTIFIER_REST]:
        fail("%s: package_name %r is not a Python identifier (letters, digits and _, not starting with a digit)" % (ctx.label, package))
    project = ctx.attr.project_name
    if not project or "/" in project or project.startswith("."):
        fail("%s: project_name %r must be a plain directory name" % (ctx.label, project))

def _import_path(ctx, project_dir):
    repo = ctx.label.workspace_name or ctx.workspace_name
    return "/".join([part for part in [repo, ctx.label.package, project_dir] if part])

def _py_openapi_client_impl(ctx):
    _check_attrs(ctx)
    # Named after the target, not the project: a committed copy named like the project (sdks/python/portarium-client)
    # must not share its runfiles path with the build output.
    project = ctx.actions.declare_directory(ctx.label.name)

    args = ctx.actions.args()
    args.add("-spec", ctx.file.spec)
    args.add("-out", project.path)
    args.add("-project-name", ctx.attr.project_name)
    args.add("-package-name", ctx.attr.package_name)
    if ctx.attr.package_version:
        args.add("-package-version", ctx.attr.package_version)

    ctx.actions.run(
        executable = ctx.executable.generator,
        arguments = [args],
        inputs = [ctx.file.spec] + ctx.files.spec_refs,
        outputs = [project],
        mnemonic = "OpenApiPythonGen",
        progress_message = "Generating Python SDK %{label} from " + ctx.file.spec.short_path,
    )

    files = depset([project])
    return [
        DefaultInfo(files = files, runfiles = ctx.runfiles(files = [project])),
        PyInfo(
            transitive_sources = files,
            imports = depset([_import_path(ctx, project.basename)]),
        ),
        OutputGroupInfo(sdk = files),
    ]

py_openapi_client = rule(
    implementation = _py_openapi_client_impl,
    doc = """Generates a typed Python SDK (attrs models, httpx client) from an OpenAPI 3.0 or 3.1 document.

The output is one directory named after the target: `pyproject.toml`, `README.md` and the package `package_name`.
List the target in the `deps` of a `py_library` or `py_test` to import the package.""",
    attrs = {
        "spec": attr.label(
            doc = "The OpenAPI document (YAML or JSON).",
            allow_single_file = [".yaml", ".yml", ".json"],
            mandatory = True,
        ),
        "spec_refs": attr.label_list(
            doc = "Other files the document refers to with `$ref` (sibling documents).",
            allow_files = [".yaml", ".yml", ".json"],
        ),
        "project_name": attr.string(
            doc = "Distribution name in pyproject.toml (e.g. `portarium-client`).",
            mandatory = True,
        ),
        "package_name": attr.string(
            doc = "Python import name of the package (e.g. `portarium_client`).",
            mandatory = True,
        ),
        "package_version": attr.string(
            doc = "Version written into pyproject.toml and `__version__`; empty means the document's `info.version`.",
        ),
        "generator": attr.label(
            doc = "The generator binary.",
            default = Label("//tools/openapi-python-gen"),
            executable = True,
            cfg = "exec",
        ),
    },
    provides = [PyInfo],
)
