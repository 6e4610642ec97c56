package main

import (
	"fmt"

	"github.com/getkin/kin-openapi/openapi3"
)

func main() { fmt.Println(openapi3.ParameterInPath) }
