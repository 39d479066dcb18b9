/**
 * JSON documents: {@link org.bmi4j.core.json.BmiJson} reads and writes every document type ({@link
 * org.bmi4j.core.json.DocumentType}) in a versioned envelope, deterministic on output and strict
 * and bounded on input; bad input yields {@link org.bmi4j.core.json.BmiJsonException} and nothing
 * else, with line, column, path and reason.
 */
@NullMarked
package org.bmi4j.core.json;

import org.jspecify.annotations.NullMarked;
