"""Analysis tests for py_openapi_client: the action, the providers, and attribute errors."""

load("@bazel_skylib//lib:unittest.bzl", "analysistest", "asserts")
load("@rules_python//python:defs.bzl", "PyInfo")
load("//rules/python:py_openapi_client.bzl", "py_openapi_client")

def _flag_value(argv, flag):
    for i, arg in enumerate(argv):
        if arg == flag and i + 1 < len(argv):
            return argv[i + 1]
    return None

def _action_and_providers_impl(ctx):
    env = analysistest.begin(ctx)
    target = analysistest.target_under_test(env)

    actions = [a for a in analysistest.target_actions(env) if a.mnemonic == "OpenApiPythonGen"]
    asserts.equals(env, 1, len(actions), "one generator action")
    argv = actions[0].argv
    asserts.true(env, argv[0].endswith("openapi-python-gen"), "runs the generator, not a shell: %s" % argv[0])
    asserts.equals(env, "rules/python/tests/testdata/petstore.yaml", _flag_value(argv, "-spec"))
    asserts.equals(env, "acme-pets", _flag_value(argv, "-project-name"))
    asserts.equals(env, "acme_pets", _flag_value(argv, "-package-name"))
    asserts.equals(env, None, _flag_value(argv, "-package-version"), "version left to the document")

    files = target[DefaultInfo].files.to_list()
    asserts.equals(env, 1, len(files))
    asserts.true(env, files[0].is_directory, "the output is one directory")
    asserts.equals(env, "pets", files[0].basename, "named after the target")
    asserts.equals(env, files[0].path, _flag_value(argv, "-out"))
    asserts.true(env, files[0] in target[DefaultInfo].default_runfiles.files.to_list(), "output in runfiles")

    asserts.equals(env, ["_main/rules/python/tests/pets"], target[PyInfo].imports.to_list())
    asserts.equals(env, files, target[PyInfo].transitive_sources.to_list())
    asserts.equals(env, files, target[OutputGroupInfo].sdk.to_list())
    return analysistest.end(env)

_action_and_providers_test = analysistest.make(_action_and_providers_impl)

def _explicit_version_impl(ctx):
    env = analysistest.begin(ctx)
    actions = [a for a in analysistest.target_actions(env) if a.mnemonic == "OpenApiPythonGen"]
    asserts.equals(env, "2.5.0", _flag_value(actions[0].argv, "-package-version"))
    return analysistest.end(env)

_explicit_version_test = analysistest.make(_explicit_version_impl)

def _fails_with(message):
    def _impl(ctx):
        env = analysistest.begin(ctx)
        asserts.expect_failure(env, message)
        return analysistest.end(env)

    return analysistest.make(_impl, expect_failure = True)

_bad_package_name_test = _fails_with("package_name \"acme-pets\" is not a Python identifier")
_bad_project_name_test = _fails_with("project_name \"../out\" must be a plain directory name")

def py_openapi_client_test_suite(name):
    """Declares the subjects and the tests, and a test_suite named `name`."""
    py_openapi_client(
        name = "pets",
        spec = "testdata/petstore.yaml",
        project_name = "acme-pets",
        package_name = "acme_pets",
        tags = ["manual"],
    )
    _action_and_providers_test(name = "action_and_providers_test", target_under_test = ":pets")

    py_openapi_client(
        name = "pets_versioned",
        spec = "testdata/petstore.yaml",
        project_name = "acme-pets-versioned",
        package_name = "acme_pets",
        package_version = "2.5.0",
        tags = ["manual"],
    )
    _explicit_version_test(name = "explicit_version_test", target_under_test = ":pets_versioned")

    py_openapi_client(
        name = "bad_package_name",
        spec = "testdata/petstore.yaml",
        project_name = "acme-pets-bad",
        package_name = "acme-pets",
        tags = ["manual"],
    )
    _bad_package_name_test(name = "bad_package_name_test", target_under_test = ":bad_package_name")

    py_openapi_client(
        name = "bad_project_name",
        spec = "testdata/petstore.yaml",
        project_name = "../out",
        package_name = "acme_pets",
        tags = ["manual"],
    )
    _bad_project_name_test(name = "bad_project_name_test", target_under_test = ":bad_project_name")

    native.test_suite(
        name = name,
        tests = [
            ":action_and_providers_test",
            ":bad_package_name_test",
            ":bad_project_name_test",
            ":explicit_version_test",
        ],
    )
