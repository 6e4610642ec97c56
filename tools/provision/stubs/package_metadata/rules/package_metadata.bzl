"""Stand-in for package_metadata: the provider, and a macro that accepts the real rule's attributes and keeps none."""

PackageMetadataInfo = provider(
    doc = "Metadata about a package (stub: carries nothing).",
    fields = [],
)

def _package_metadata_impl(_ctx):
    return [PackageMetadataInfo()]

_package_metadata = rule(implementation = _package_metadata_impl)

def package_metadata(name, visibility = None, **_ignored):
    # applicable_licenses is forced empty: a default license would point back at this target (a cycle).
    _package_metadata(name = name, applicable_licenses = [], visibility = visibility)
