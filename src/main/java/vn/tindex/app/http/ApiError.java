package vn.tindex.app.http;

/** The body of every error the API answers: {@code {"status": 400, "error": "what is wrong"}}. */
record ApiError(int status, String error) {}
