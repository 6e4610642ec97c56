package python

import "testing"

func TestNames(t *testing.T) {
	tests := []struct{ in, snake, pascal, attr, upper string }{
		{"nextCursor", "next_cursor", "NextCursor", "next_cursor", "NEXT_CURSOR"},
		{"HTTPServer", "http_server", "HTTPServer", "http_server", "HTTP_SERVER"},
		{"Run v1Charter", "run_v1_charter", "RunV1Charter", "run_v1_charter", "RUN_V1_CHARTER"},
		{"Idempotency-Key", "idempotency_key", "IdempotencyKey", "idempotency_key", "IDEMPOTENCY_KEY"},
		{"class", "class", "Class", "class_", "CLASS"},
		{"None", "none", "None", "none", "NONE"},
		{"type", "type", "Type", "type", "TYPE"},
		{"str", "str", "Str", "str_", "STR"},
		{"match", "match", "Match", "match", "MATCH"},
		{"1st place", "field_1st_place", "Field1stPlace", "field_1st_place", "VALUE_1ST_PLACE"},
		{"a.b c", "a_b_c", "ABC", "a_b_c", "A_B_C"},
		{"café", "cafe", "Cafe", "cafe", "CAFE"},
		{"名前", "u540d_u524d", "U540dU524d", "u540d_u524d", "U540D_U524D"},
		{"---", "field", "Field", "field", "VALUE"},
		{"", "field", "Field", "field", "VALUE"},
		{"Body_upload_file_tests_upload_post", "body_upload_file_tests_upload_post", "BodyUploadFileTestsUploadPost", "body_upload_file_tests_upload_post", "BODY_UPLOAD_FILE_TESTS_UPLOAD_POST"},
	}
	for _, tt := range tests {
		if got := Snake(tt.in, "field"); got != tt.snake {
			t.Errorf("Snake(%q) = %q, want %q", tt.in, got, tt.snake)
		}
		if got := Pascal(tt.in, "Field"); got != tt.pascal {
			t.Errorf("Pascal(%q) = %q, want %q", tt.in, got, tt.pascal)
		}
		if got := Attr(tt.in); got != tt.attr {
			t.Errorf("Attr(%q) = %q, want %q", tt.in, got, tt.attr)
		}
		if got := Upper(tt.in); got != tt.upper {
			t.Errorf("Upper(%q) = %q, want %q", tt.in, got, tt.upper)
		}
	}
}

func TestParam(t *testing.T) {
	for in, want := range map[string]string{"client": "client_", "body": "body_", "type": "type_", "str": "str_", "limit": "limit"} {
		if got := Param(in); got != want {
			t.Errorf("Param(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNamerCollisions(t *testing.T) {
	n := NewNamer("client")
	got := []string{n.Claim("client"), n.Claim("Pet"), n.Claim("PET"), n.Claim("pet"), n.Claim("Pet")}
	want := []string{"client_2", "Pet", "PET2", "pet_2", "Pet3"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("claim %d = %q, want %q", i, got[i], want[i])
		}
	}
}
