package io.ariflow.flows.expr;

/** The comparison operators; equality never fails, ordering needs two orderable values. */
enum CompareOperator {
  EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

  private final String symbol;

  CompareOperator(String symbol) {
    this.symbol = symbol;
  }

  String symbol() {
    return symbol;
  }

  boolean isEquality() {
    return this == EQ || this == NE;
  }

  /** Whether an ordering result ({@code -1, 0, 1}) satisfies this operator. */
  boolean accepts(int order) {
    return switch (this) {
      case EQ -> order == 0;
      case NE -> order != 0;
      case LT -> order < 0;
      case LE -> order <= 0;
      case GT -> order > 0;
      case GE -> order >= 0;
    };
  }
}
