"""Stand-in for package_metadata: the provider and a macro that declares nothing of substance."""

PackageMetadataInfo = provider(
    doc = "Metadata about a package (stub: carries nothing).",
    fields = [],
)

def _package_metadata_impl(_ctx):
    return [PackageMetadataInfo()]

_package_metadata = rule(implementation = _package_metadata_impl)

def package_metadata(name, applicable_licenses = [], **kwargs):
    # applicable_licenses is forced empty: a default license would point back at this target (a cycle).
    _package_metadata(name = name, applicable_licenses = [], **kwargs)
