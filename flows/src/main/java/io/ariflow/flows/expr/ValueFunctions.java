package io.ariflow.flows.expr;

import java.util.List;
import java.util.Map;

/** Functions about values in general: conversion to text, fallbacks for missing values, emptiness. */
final class ValueFunctions {

  private ValueFunctions() {
  }

  static List<FunctionDef> all() {
    return List.of(
        FunctionDef.of("string(x)", 1, 1, a -> Values.text(a.value(0))),
        FunctionDef.of("default(x, fallback)", 2, 2, ValueFunctions::fallback),
        FunctionDef.of("empty(x)", 1, 1, a -> isEmpty(a.value(0))));
  }

  /** The fallback when the value is null or the empty text, the value otherwise. */
  private static Object fallback(Arguments a) {
    Object value = a.value(0);
    return value == null || "".equals(value) ? a.value(1) : value;
  }

  static boolean isEmpty(Object value) {
    return value == null || "".equals(value)
        || value instanceof List<?> list && list.isEmpty()
        || value instanceof Map<?, ?> map && map.isEmpty();
  }
}
