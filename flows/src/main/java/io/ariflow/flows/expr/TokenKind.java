package io.ariflow.flows.expr;

/** The kinds of token, each with the words messages use for it. */
enum TokenKind {
  NUMBER("a number"), STRING("a quoted text"), NAME("a name"),
  AND("'and'"), OR("'or'"), NOT("'not'"), TRUE("'true'"), FALSE("'false'"), NULL("'null'"),
  PLUS("'+'"), MINUS("'-'"), STAR("'*'"), SLASH("'/'"), PERCENT("'%'"),
  EQ("'=='"), NE("'!='"), LT("'<'"), LE("'<='"), GT("'>'"), GE("'>='"),
  LPAREN("'('"), RPAREN("')'"), LBRACKET("'['"), RBRACKET("']'"), DOT("'.'"), COMMA("','"), RBRACE("'}'"),
  END("the end");

  private final String words;

  TokenKind(String words) {
    this.words = words;
  }

  String words() {
    return words;
  }
}
