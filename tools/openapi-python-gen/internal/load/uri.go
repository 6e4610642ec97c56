package load

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

func pathURL(abs string) *url.URL {
	return &url.URL{Path: filepath.ToSlash(abs)}
}

// siblingFilesOnly lets $refs reach files in the document's folder and below,
// never URLs or files elsewhere: a document must not make the build read
// arbitrary files or the network.
func siblingFilesOnly(dir string) openapi3.ReadFromURIFunc {
	root, err := filepath.Abs(dir)
	if err != nil {
		root = dir
	}
	return func(_ *openapi3.Loader, location *url.URL) ([]byte, error) {
		if location.Scheme != "" && location.Scheme != "file" || location.Host != "" {
			return nil, errRemoteRef
		}
		p := filepath.Clean(filepath.FromSlash(location.Path))
		if rel, err := filepath.Rel(root, p); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return nil, errRemoteRef
		}
		return os.ReadFile(p)
	}
}
