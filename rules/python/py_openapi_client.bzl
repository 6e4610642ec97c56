"""Public API: generate a typed Python SDK from an OpenAPI document as a Bazel build output.

```starlark
load("//rules/python:py_openapi_client.bzl", "py_openapi_client", "committed_copy")

py_openapi_client(
    name = "portarium_client",
    spec = "//docs/spec/openapi:portarium-control-plane.v1.yaml",
    project_name = "portarium-client",
    package_name = "portarium_client",
)
```

`py_openapi_client` provides `DefaultInfo` (the generated project directory), `PyInfo` (so `py_library` /
`py_test` targets can list it in `deps` and `import portarium_client`) and `OutputGroupInfo(sdk = ...)`.
`committed_copy` adds a diff test against a committed copy of that directory and a `.update` target that refreshes it.
"""

load("//rules/python/private:committed_copy.bzl", _committed_copy = "committed_copy")
load("//rules/python/private:py_openapi_client.bzl", _py_openapi_client = "py_openapi_client")

py_openapi_client = _py_openapi_client
committed_copy = _committed_copy
