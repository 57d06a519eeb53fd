import Hummingbird

/// The OpenAPI 3 document of the JSON API (docs/API.md), served at `GET /openapi.json`.
///
/// `scripts/openapi-check` validates it (openapi-spec-validator) and runs schemathesis against a
/// live server with it; `OpenAPITests` checks that it names exactly the router's API routes.
/// Optional fields are absent rather than null (the encoder skips nil), except
/// `ValidationIssue.indicator`, which is written as null for shape rules.
package enum OpenAPIDocument {
    /// `GET /openapi.json`.
    package static func response() -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
    }

    package static let json = #"""
{
  "openapi": "3.0.3",
  "info": {
    "title": "Zicha filing API",
    "version": "1",
    "description": "政务服务平台自查整改情况报送系统 / The filing system of the 2017 notice on government-service platforms. Contract: docs/API.md. Filers sign each request (HMAC-SHA256, scheme ZICHA-HMAC-SHA256-1, headers Zicha-Scheme, Zicha-Key-Id, Zicha-Filer, Zicha-Round, Zicha-Signed-At, Zicha-Base-Version, Zicha-Content-SHA256, Zicha-Signature); reviewers send a bearer token. Limits: request body 16 MiB (--max-body), reviewers' JSON bodies 64 KiB, JSON nesting 64 levels, no duplicate keys."
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "tags": [
    {
      "name": "filer"
    },
    {
      "name": "reviewer"
    },
    {
      "name": "public"
    },
    {
      "name": "service"
    }
  ],
  "security": [
    {
      "filerSignature": []
    },
    {
      "reviewerToken": []
    }
  ],
  "paths": {
    "/healthz": {
      "get": {
        "summary": "Liveness",
        "operationId": "health",
        "security": [],
        "tags": [
          "service"
        ],
        "responses": {
          "200": {
            "description": "ok",
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string",
                  "enum": [
                    "ok"
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/openapi.json": {
      "get": {
        "summary": "This document",
        "operationId": "openapi",
        "security": [],
        "tags": [
          "service"
        ],
        "responses": {
          "200": {
            "description": "OpenAPI 3 document",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            }
          }
        }
      }
    },
    "/v1/rounds/{round}/filers/{filer}/versions": {
      "post": {
        "summary": "Upload a signed report: a new version (201), or the same signed upload again (200, the original receipt)",
        "operationId": "uploadVersion",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "filer",
            "in": "path",
            "required": true,
            "description": "filer code (GB/T 2260 region code or bmNN)",
            "schema": {
              "type": "string"
            },
            "example": "110000"
          }
        ],
        "responses": {
          "200": {
            "description": "the same signed upload again: its original receipt",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Receipt"
                }
              }
            }
          },
          "201": {
            "description": "a new version",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Receipt"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "filer"
        ],
        "security": [
          {
            "filerSignature": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Report"
              }
            }
          }
        }
      },
      "get": {
        "summary": "A filer's versions in a round, with receipts, deadline status and validation counts",
        "operationId": "listVersions",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "filer",
            "in": "path",
            "required": true,
            "description": "filer code (GB/T 2260 region code or bmNN)",
            "schema": {
              "type": "string"
            },
            "example": "110000"
          }
        ],
        "responses": {
          "200": {
            "description": "versions",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VersionList"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "filer"
        ],
        "security": [
          {
            "filerSignature": []
          },
          {
            "reviewerToken": []
          }
        ]
      }
    },
    "/v1/rounds/{round}/filers/{filer}/versions/{version}": {
      "get": {
        "summary": "One version's metadata and validation issues",
        "operationId": "showVersion",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "filer",
            "in": "path",
            "required": true,
            "description": "filer code (GB/T 2260 region code or bmNN)",
            "schema": {
              "type": "string"
            },
            "example": "110000"
          },
          {
            "name": "version",
            "in": "path",
            "required": true,
            "description": "version number, from 1",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          }
        ],
        "responses": {
          "200": {
            "description": "the version",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VersionInfo"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "filer"
        ],
        "security": [
          {
            "filerSignature": []
          },
          {
            "reviewerToken": []
          }
        ]
      }
    },
    "/v1/rounds/{round}/filers/{filer}/versions/{version}/report": {
      "get": {
        "summary": "The exact stored bytes, with the stored signature in the Zicha-* headers",
        "operationId": "reportBytes",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "filer",
            "in": "path",
            "required": true,
            "description": "filer code (GB/T 2260 region code or bmNN)",
            "schema": {
              "type": "string"
            },
            "example": "110000"
          },
          {
            "name": "version",
            "in": "path",
            "required": true,
            "description": "version number, from 1",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          }
        ],
        "responses": {
          "200": {
            "description": "the report bytes as uploaded",
            "content": {
              "application/json": {
                "schema": {}
              }
            },
            "headers": {
              "Zicha-Signature": {
                "schema": {
                  "type": "string"
                },
                "description": "the stored signature; the other Zicha-* headers carry its signed fields"
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "filer"
        ],
        "security": [
          {
            "filerSignature": []
          },
          {
            "reviewerToken": []
          }
        ]
      }
    },
    "/v1/rounds/{round}/filers/{filer}/versions/{version}/review": {
      "post": {
        "summary": "Accept or return the latest version (appended, audited)",
        "operationId": "reviewVersion",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "filer",
            "in": "path",
            "required": true,
            "description": "filer code (GB/T 2260 region code or bmNN)",
            "schema": {
              "type": "string"
            },
            "example": "110000"
          },
          {
            "name": "version",
            "in": "path",
            "required": true,
            "description": "version number, from 1",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          }
        ],
        "responses": {
          "201": {
            "description": "the version with its decisions",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VersionInfo"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "reviewer"
        ],
        "security": [
          {
            "reviewerToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReviewRequest"
              }
            }
          }
        }
      }
    },
    "/v1/rounds/{round}/filers/{filer}/versions/{version}/diff": {
      "get": {
        "summary": "Field-level changes from version `from` (default: the one before) to this one",
        "operationId": "diffVersions",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "filer",
            "in": "path",
            "required": true,
            "description": "filer code (GB/T 2260 region code or bmNN)",
            "schema": {
              "type": "string"
            },
            "example": "110000"
          },
          {
            "name": "version",
            "in": "path",
            "required": true,
            "description": "version number, from 1",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          },
          {
            "name": "from",
            "in": "query",
            "required": false,
            "description": "the older version",
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          }
        ],
        "responses": {
          "200": {
            "description": "changes by JSON path",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/FieldChange"
                  }
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "filer",
          "reviewer"
        ],
        "security": [
          {
            "filerSignature": []
          },
          {
            "reviewerToken": []
          }
        ]
      }
    },
    "/v1/filers/{filer}/rounds": {
      "get": {
        "summary": "The rounds whose roster holds the filer, newest first",
        "operationId": "filerRounds",
        "parameters": [
          {
            "name": "filer",
            "in": "path",
            "required": true,
            "description": "filer code (GB/T 2260 region code or bmNN)",
            "schema": {
              "type": "string"
            },
            "example": "110000"
          }
        ],
        "responses": {
          "200": {
            "description": "rounds",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/RoundInfo"
                  }
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "filer"
        ],
        "security": [
          {
            "filerSignature": []
          },
          {
            "reviewerToken": []
          }
        ]
      }
    },
    "/v1/rounds/{round}/filers": {
      "get": {
        "summary": "The roster by deadline status and review state, filtered and paged (format=csv: a spreadsheet)",
        "operationId": "roster",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "deadline",
            "in": "query",
            "required": false,
            "description": "deadline status",
            "schema": {
              "$ref": "#/components/schemas/DeadlineStatus"
            }
          },
          {
            "name": "review",
            "in": "query",
            "required": false,
            "description": "review state, or followUpOverdue",
            "schema": {
              "type": "string",
              "enum": [
                "received",
                "accepted",
                "returned",
                "followUpOverdue"
              ]
            }
          },
          {
            "name": "format",
            "in": "query",
            "required": false,
            "description": "json (default) or csv",
            "schema": {
              "type": "string",
              "enum": [
                "json",
                "csv"
              ]
            }
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "page, from 1",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000000
            }
          },
          {
            "name": "perPage",
            "in": "query",
            "required": false,
            "description": "entries per page (default 50)",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "one page of the roster",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RosterPage"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "reviewer"
        ],
        "security": [
          {
            "reviewerToken": []
          }
        ]
      }
    },
    "/v1/rounds/{round}/spot-checks": {
      "post": {
        "summary": "Draw a reproducible sample of filed platforms, stratified by level (audited)",
        "operationId": "drawSpotCheck",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          }
        ],
        "responses": {
          "201": {
            "description": "the draw",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SpotCheck"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "reviewer"
        ],
        "security": [
          {
            "reviewerToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SpotCheckRequest"
              }
            }
          }
        }
      },
      "get": {
        "summary": "Every draw, and the discrepancies' follow-ups",
        "operationId": "listSpotChecks",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "followUp",
            "in": "query",
            "required": false,
            "description": "only follow-ups in this state",
            "schema": {
              "$ref": "#/components/schemas/FollowUpState"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "draws and follow-ups",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SpotCheckList"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "reviewer"
        ],
        "security": [
          {
            "reviewerToken": []
          }
        ]
      }
    },
    "/v1/rounds/{round}/spot-checks/{spotCheck}": {
      "get": {
        "summary": "One draw with its items and findings",
        "operationId": "showSpotCheck",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "spotCheck",
            "in": "path",
            "required": true,
            "description": "draw id",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          }
        ],
        "responses": {
          "200": {
            "description": "the draw",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SpotCheck"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "reviewer"
        ],
        "security": [
          {
            "reviewerToken": []
          }
        ]
      }
    },
    "/v1/rounds/{round}/spot-checks/{spotCheck}/items/{item}/findings": {
      "post": {
        "summary": "Record a finding on one indicator of a sampled platform",
        "operationId": "recordFinding",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "spotCheck",
            "in": "path",
            "required": true,
            "description": "draw id",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          },
          {
            "name": "item",
            "in": "path",
            "required": true,
            "description": "sampled platform id",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          }
        ],
        "responses": {
          "201": {
            "description": "the finding",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SpotCheckFinding"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "reviewer"
        ],
        "security": [
          {
            "reviewerToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FindingRequest"
              }
            }
          }
        }
      }
    },
    "/v1/rounds/{round}/spot-checks/{spotCheck}/items/{item}/findings/{indicator}/resolve": {
      "post": {
        "summary": "Mark a discrepancy's follow-up resolved",
        "operationId": "resolveFinding",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "spotCheck",
            "in": "path",
            "required": true,
            "description": "draw id",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          },
          {
            "name": "item",
            "in": "path",
            "required": true,
            "description": "sampled platform id",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          },
          {
            "name": "indicator",
            "in": "path",
            "required": true,
            "description": "indicator",
            "schema": {
              "$ref": "#/components/schemas/IndicatorID"
            },
            "example": "search"
          }
        ],
        "responses": {
          "200": {
            "description": "the finding",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SpotCheckFinding"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "reviewer"
        ],
        "security": [
          {
            "reviewerToken": []
          }
        ]
      }
    },
    "/v1/rounds/{round}/summary": {
      "get": {
        "summary": "The national summary over each filer's latest accepted version",
        "operationId": "summary",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          }
        ],
        "responses": {
          "200": {
            "description": "the summary",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NationalSummary"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "reviewer"
        ],
        "security": [
          {
            "reviewerToken": []
          }
        ]
      }
    },
    "/v1/rounds/{round}/publish": {
      "post": {
        "summary": "Freeze and publish the round's results (a new snapshot each time)",
        "operationId": "publish",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          }
        ],
        "responses": {
          "201": {
            "description": "the snapshot, as the public endpoint serves it",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicationSnapshot"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "reviewer"
        ],
        "security": [
          {
            "reviewerToken": []
          }
        ]
      }
    },
    "/public/v1/rounds/{round}": {
      "get": {
        "summary": "The latest published results (no credentials)",
        "operationId": "publicLatest",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          }
        ],
        "responses": {
          "200": {
            "description": "the snapshot",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicationSnapshot"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "public"
        ],
        "security": []
      }
    },
    "/public/v1/rounds/{round}/publications": {
      "get": {
        "summary": "Every publication of the round (no credentials)",
        "operationId": "publicList",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          }
        ],
        "responses": {
          "200": {
            "description": "publications",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/PublicationInfo"
                  }
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "public"
        ],
        "security": []
      }
    },
    "/public/v1/rounds/{round}/publications/{publication}": {
      "get": {
        "summary": "One published snapshot (no credentials)",
        "operationId": "publicShow",
        "parameters": [
          {
            "name": "round",
            "in": "path",
            "required": true,
            "description": "round id",
            "schema": {
              "type": "string"
            },
            "example": "2017"
          },
          {
            "name": "publication",
            "in": "path",
            "required": true,
            "description": "publication id",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          }
        ],
        "responses": {
          "200": {
            "description": "the snapshot",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicationSnapshot"
                }
              }
            }
          },
          "default": {
            "description": "Any refusal (400 bad request or query, 401 credentials, 403 role or roster, 404 unknown round/filer/version, 409 conflict, 413 body too large, 422 validation, 423 round closed): an APIErrorBody.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/APIErrorBody"
                }
              }
            }
          }
        },
        "tags": [
          "public"
        ],
        "security": []
      }
    }
  },
  "components": {
    "schemas": {
      "DeadlineStatus": {
        "type": "string",
        "enum": [
          "pending",
          "onTime",
          "late",
          "missing"
        ]
      },
      "IndicatorID": {
        "type": "string",
        "enum": [
          "unifiedEntry",
          "columns",
          "search",
          "classification",
          "registration",
          "consultation",
          "completeness",
          "accuracy",
          "processClarity",
          "materialFormat",
          "materialWording",
          "formDownload",
          "formSample"
        ]
      },
      "FollowUpState": {
        "type": "string",
        "enum": [
          "open",
          "overdue",
          "resolved"
        ]
      },
      "ReviewState": {
        "type": "string",
        "enum": [
          "received",
          "accepted",
          "returned"
        ]
      },
      "PlatformLevel": {
        "type": "string",
        "enum": [
          "province",
          "city",
          "county",
          "department"
        ]
      },
      "ReviewDecision": {
        "type": "string",
        "enum": [
          "accept",
          "return"
        ]
      },
      "SpotCheckOutcome": {
        "type": "string",
        "enum": [
          "confirmed",
          "discrepancy"
        ]
      },
      "APIErrorBody": {
        "type": "object",
        "properties": {
          "error": {
            "type": "string"
          },
          "message": {
            "type": "string"
          },
          "messageEn": {
            "type": "string"
          },
          "currentVersion": {
            "type": "integer"
          },
          "errors": {
            "type": "integer"
          },
          "warnings": {
            "type": "integer"
          },
          "issues": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ValidationIssue"
            }
          }
        },
        "required": [
          "error",
          "message",
          "messageEn"
        ],
        "description": "Every error: a stable code and messages in Chinese and English; 409 adds currentVersion, 422 the validation result."
      },
      "ValidationIssue": {
        "type": "object",
        "properties": {
          "severity": {
            "type": "string",
            "enum": [
              "error",
              "warning"
            ]
          },
          "code": {
            "type": "string"
          },
          "indicator": {
            "type": "string",
            "enum": [
              "unifiedEntry",
              "columns",
              "search",
              "classification",
              "registration",
              "consultation",
              "completeness",
              "accuracy",
              "processClarity",
              "materialFormat",
              "materialWording",
              "formDownload",
              "formSample"
            ],
            "nullable": true
          },
          "path": {
            "type": "string"
          },
          "message": {
            "type": "string"
          },
          "messageEn": {
            "type": "string"
          }
        },
        "required": [
          "code",
          "indicator",
          "message",
          "messageEn",
          "path",
          "severity"
        ]
      },
      "Receipt": {
        "type": "object",
        "properties": {
          "filer": {
            "type": "string"
          },
          "round": {
            "type": "string"
          },
          "version": {
            "type": "integer",
            "minimum": 1
          },
          "sha256": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$"
          },
          "receivedAt": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          },
          "deadline": {
            "type": "string",
            "description": "YYYY-MM-DD"
          },
          "deadlineStatus": {
            "$ref": "#/components/schemas/DeadlineStatus"
          },
          "errors": {
            "type": "integer"
          },
          "warnings": {
            "type": "integer"
          }
        },
        "required": [
          "deadline",
          "deadlineStatus",
          "errors",
          "filer",
          "receivedAt",
          "round",
          "sha256",
          "version",
          "warnings"
        ]
      },
      "ReviewRecord": {
        "type": "object",
        "properties": {
          "decision": {
            "$ref": "#/components/schemas/ReviewDecision"
          },
          "comment": {
            "type": "string"
          },
          "dueOn": {
            "type": "string",
            "description": "YYYY-MM-DD"
          },
          "reviewer": {
            "type": "string"
          },
          "decidedAt": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          }
        },
        "required": [
          "decision",
          "reviewer",
          "decidedAt"
        ]
      },
      "VersionInfo": {
        "type": "object",
        "properties": {
          "receipt": {
            "$ref": "#/components/schemas/Receipt"
          },
          "keyId": {
            "type": "string"
          },
          "signedAt": {
            "type": "string"
          },
          "baseVersion": {
            "type": "integer"
          },
          "signature": {
            "type": "string"
          },
          "reviewState": {
            "$ref": "#/components/schemas/ReviewState"
          },
          "issues": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ValidationIssue"
            }
          },
          "reviews": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReviewRecord"
            }
          }
        },
        "required": [
          "receipt",
          "keyId",
          "signedAt",
          "baseVersion",
          "signature",
          "reviewState",
          "reviews"
        ]
      },
      "VersionList": {
        "type": "object",
        "properties": {
          "filer": {
            "type": "string"
          },
          "filerName": {
            "type": "string"
          },
          "round": {
            "type": "string"
          },
          "deadline": {
            "type": "string",
            "description": "YYYY-MM-DD"
          },
          "roundClosed": {
            "type": "boolean"
          },
          "deadlineStatus": {
            "$ref": "#/components/schemas/DeadlineStatus"
          },
          "versions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/VersionInfo"
            }
          }
        },
        "required": [
          "deadline",
          "deadlineStatus",
          "filer",
          "filerName",
          "round",
          "roundClosed",
          "versions"
        ]
      },
      "FieldChange": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string"
          },
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          }
        },
        "required": [
          "path"
        ],
        "description": "from/to: compact JSON of the old and new value; absent when the field was added or removed."
      },
      "RoundInfo": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "deadline": {
            "type": "string",
            "description": "YYYY-MM-DD"
          },
          "closed": {
            "type": "boolean"
          },
          "deadlineStatus": {
            "$ref": "#/components/schemas/DeadlineStatus"
          }
        },
        "required": [
          "id",
          "title",
          "deadline",
          "closed"
        ]
      },
      "ReviewRequest": {
        "type": "object",
        "properties": {
          "decision": {
            "$ref": "#/components/schemas/ReviewDecision"
          },
          "comment": {
            "type": "string"
          },
          "dueOn": {
            "type": "string",
            "description": "YYYY-MM-DD"
          }
        },
        "required": [
          "decision"
        ],
        "description": "A return needs comment and dueOn (not before today, CST); an accept has no dueOn."
      },
      "RosterEntry": {
        "type": "object",
        "properties": {
          "filer": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "deadlineStatus": {
            "$ref": "#/components/schemas/DeadlineStatus"
          },
          "firstReceivedAt": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          },
          "latestReceivedAt": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          },
          "latestVersion": {
            "type": "integer"
          },
          "reviewState": {
            "$ref": "#/components/schemas/ReviewState"
          },
          "followUpDueOn": {
            "type": "string",
            "description": "YYYY-MM-DD"
          },
          "followUpOverdue": {
            "type": "boolean"
          },
          "errors": {
            "type": "integer"
          },
          "warnings": {
            "type": "integer"
          }
        },
        "required": [
          "filer",
          "name",
          "deadlineStatus",
          "latestVersion",
          "followUpOverdue",
          "errors",
          "warnings"
        ]
      },
      "RosterTotals": {
        "type": "object",
        "properties": {
          "filers": {
            "type": "integer"
          },
          "pending": {
            "type": "integer"
          },
          "onTime": {
            "type": "integer"
          },
          "late": {
            "type": "integer"
          },
          "missing": {
            "type": "integer"
          },
          "received": {
            "type": "integer"
          },
          "accepted": {
            "type": "integer"
          },
          "returned": {
            "type": "integer"
          },
          "followUpOverdue": {
            "type": "integer"
          }
        },
        "required": [
          "accepted",
          "filers",
          "followUpOverdue",
          "late",
          "missing",
          "onTime",
          "pending",
          "received",
          "returned"
        ]
      },
      "RosterPage": {
        "type": "object",
        "properties": {
          "round": {
            "type": "string"
          },
          "deadline": {
            "type": "string",
            "description": "YYYY-MM-DD"
          },
          "asOf": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          },
          "page": {
            "type": "integer"
          },
          "perPage": {
            "type": "integer"
          },
          "matched": {
            "type": "integer"
          },
          "totals": {
            "$ref": "#/components/schemas/RosterTotals"
          },
          "entries": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RosterEntry"
            }
          }
        },
        "required": [
          "asOf",
          "deadline",
          "entries",
          "matched",
          "page",
          "perPage",
          "round",
          "totals"
        ]
      },
      "SpotCheckRequest": {
        "type": "object",
        "properties": {
          "seed": {
            "type": "integer",
            "format": "int64"
          },
          "counts": {
            "type": "object",
            "additionalProperties": {
              "type": "integer",
              "minimum": 0
            },
            "description": "platform level (province, city, county, department) → how many to draw; at least one above 0"
          }
        },
        "required": [
          "counts",
          "seed"
        ]
      },
      "SpotCheckStratum": {
        "type": "object",
        "properties": {
          "level": {
            "$ref": "#/components/schemas/PlatformLevel"
          },
          "requested": {
            "type": "integer"
          },
          "available": {
            "type": "integer"
          },
          "drawn": {
            "type": "integer"
          }
        },
        "required": [
          "available",
          "drawn",
          "level",
          "requested"
        ]
      },
      "SpotCheckFinding": {
        "type": "object",
        "properties": {
          "indicator": {
            "$ref": "#/components/schemas/IndicatorID"
          },
          "outcome": {
            "$ref": "#/components/schemas/SpotCheckOutcome"
          },
          "notes": {
            "type": "string"
          },
          "dueOn": {
            "type": "string",
            "description": "YYYY-MM-DD"
          },
          "resolvedAt": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          },
          "followUp": {
            "$ref": "#/components/schemas/FollowUpState"
          },
          "recordedBy": {
            "type": "string"
          },
          "recordedAt": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          }
        },
        "required": [
          "indicator",
          "outcome",
          "recordedBy",
          "recordedAt"
        ]
      },
      "SpotCheckItem": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "format": "int64"
          },
          "filer": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          },
          "platformId": {
            "type": "string"
          },
          "level": {
            "$ref": "#/components/schemas/PlatformLevel"
          },
          "findings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SpotCheckFinding"
            }
          }
        },
        "required": [
          "filer",
          "findings",
          "id",
          "level",
          "platformId",
          "version"
        ]
      },
      "SpotCheck": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "format": "int64"
          },
          "round": {
            "type": "string"
          },
          "seed": {
            "type": "integer",
            "format": "int64"
          },
          "counts": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "strata": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SpotCheckStratum"
            }
          },
          "drawnAt": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          },
          "drawnBy": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SpotCheckItem"
            }
          },
          "message": {
            "type": "string"
          },
          "messageEn": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "round",
          "seed",
          "counts",
          "strata",
          "drawnAt",
          "drawnBy",
          "items"
        ]
      },
      "SpotCheckFollowUp": {
        "type": "object",
        "properties": {
          "spotCheckId": {
            "type": "integer",
            "format": "int64"
          },
          "itemId": {
            "type": "integer",
            "format": "int64"
          },
          "filer": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          },
          "platformId": {
            "type": "string"
          },
          "level": {
            "$ref": "#/components/schemas/PlatformLevel"
          },
          "indicator": {
            "$ref": "#/components/schemas/IndicatorID"
          },
          "notes": {
            "type": "string"
          },
          "dueOn": {
            "type": "string",
            "description": "YYYY-MM-DD"
          },
          "resolvedAt": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          },
          "state": {
            "$ref": "#/components/schemas/FollowUpState"
          }
        },
        "required": [
          "spotCheckId",
          "itemId",
          "filer",
          "version",
          "platformId",
          "level",
          "indicator",
          "dueOn",
          "state"
        ]
      },
      "SpotCheckList": {
        "type": "object",
        "properties": {
          "round": {
            "type": "string"
          },
          "asOf": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          },
          "spotChecks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SpotCheck"
            }
          },
          "followUps": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SpotCheckFollowUp"
            }
          }
        },
        "required": [
          "asOf",
          "followUps",
          "round",
          "spotChecks"
        ]
      },
      "FindingRequest": {
        "type": "object",
        "properties": {
          "indicator": {
            "$ref": "#/components/schemas/IndicatorID"
          },
          "outcome": {
            "$ref": "#/components/schemas/SpotCheckOutcome"
          },
          "notes": {
            "type": "string"
          },
          "dueOn": {
            "type": "string",
            "description": "YYYY-MM-DD"
          }
        },
        "required": [
          "indicator",
          "outcome"
        ],
        "description": "A discrepancy needs notes and dueOn; a confirmation has no dueOn."
      },
      "Ratio": {
        "type": "object",
        "properties": {
          "numerator": {
            "type": "integer"
          },
          "denominator": {
            "type": "integer"
          },
          "percent": {
            "type": "number",
            "description": "one decimal; absent when the denominator is 0"
          }
        },
        "required": [
          "numerator",
          "denominator"
        ]
      },
      "Share": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "label": {
            "type": "string"
          },
          "labelEn": {
            "type": "string"
          },
          "unit": {
            "type": "string",
            "enum": [
              "platform",
              "serviceItem"
            ]
          },
          "notice2017": {
            "type": "integer"
          },
          "firstFound": {
            "$ref": "#/components/schemas/Ratio"
          },
          "afterRectification": {
            "$ref": "#/components/schemas/Ratio"
          }
        },
        "required": [
          "afterRectification",
          "firstFound",
          "id",
          "label",
          "labelEn",
          "notice2017",
          "unit"
        ]
      },
      "FilerShares": {
        "type": "object",
        "properties": {
          "filer": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          },
          "platforms": {
            "type": "integer"
          },
          "serviceItems": {
            "type": "integer"
          },
          "shares": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Share"
            }
          }
        },
        "required": [
          "filer",
          "name",
          "platforms",
          "serviceItems",
          "shares",
          "version"
        ]
      },
      "NationalSummary": {
        "type": "object",
        "properties": {
          "round": {
            "type": "string"
          },
          "filers": {
            "type": "integer"
          },
          "platforms": {
            "type": "integer"
          },
          "serviceItems": {
            "type": "integer"
          },
          "shares": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Share"
            }
          },
          "perFiler": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FilerShares"
            }
          }
        },
        "required": [
          "filers",
          "perFiler",
          "platforms",
          "round",
          "serviceItems",
          "shares"
        ]
      },
      "PublishedSpotCheck": {
        "type": "object",
        "properties": {
          "platformsChecked": {
            "type": "integer"
          },
          "confirmed": {
            "type": "integer"
          },
          "discrepancies": {
            "type": "integer"
          },
          "resolved": {
            "type": "integer"
          }
        },
        "required": [
          "confirmed",
          "discrepancies",
          "platformsChecked",
          "resolved"
        ]
      },
      "PublishedFiler": {
        "type": "object",
        "properties": {
          "filer": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "deadlineStatus": {
            "$ref": "#/components/schemas/DeadlineStatus"
          },
          "latestVersion": {
            "type": "integer"
          },
          "reviewOutcome": {
            "$ref": "#/components/schemas/ReviewState"
          },
          "acceptedVersion": {
            "type": "integer"
          },
          "spotCheck": {
            "$ref": "#/components/schemas/PublishedSpotCheck"
          }
        },
        "required": [
          "filer",
          "name",
          "deadlineStatus",
          "latestVersion"
        ]
      },
      "PublicationSnapshot": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "format": "int64"
          },
          "round": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "deadline": {
            "type": "string",
            "description": "YYYY-MM-DD"
          },
          "publishedAt": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          },
          "totals": {
            "$ref": "#/components/schemas/RosterTotals"
          },
          "filers": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PublishedFiler"
            }
          },
          "summary": {
            "$ref": "#/components/schemas/NationalSummary"
          }
        },
        "required": [
          "deadline",
          "filers",
          "id",
          "publishedAt",
          "round",
          "summary",
          "title",
          "totals"
        ]
      },
      "PublicationInfo": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "format": "int64"
          },
          "round": {
            "type": "string"
          },
          "publishedAt": {
            "type": "string",
            "description": "RFC 3339, China Standard Time, e.g. 2017-12-20T10:00:00+08:00"
          }
        },
        "required": [
          "id",
          "publishedAt",
          "round"
        ]
      },
      "Report": {
        "type": "object",
        "description": "A self-inspection report as FORM.md defines it (UTF-8 JSON, at most 64 levels deep, no duplicate keys). The signature covers the exact bytes."
      }
    },
    "securitySchemes": {
      "filerSignature": {
        "type": "apiKey",
        "in": "header",
        "name": "Zicha-Signature",
        "description": "Lower-case hex HMAC-SHA256 of the string to sign (SigningScheme); the other Zicha-* headers carry the signed fields."
      },
      "reviewerToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "Token from `zicha-server reviewer add`."
      }
    }
  }
}
"""#
}
