"""The API's operations, one module per operation in a package per tag."""
