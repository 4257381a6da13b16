package io.ariflow.flows.expr;

import java.util.EnumMap;
import java.util.Map;

/**
 * Recursive-descent parser, one method per precedence level, lowest first: {@code or}, {@code and},
 * {@code not}, comparisons (not chainable), {@code + -}, {@code * / %}, unary minus, postfix access, primary.
 * Every error says what to write instead, at an offset in the whole text.
 */
final class Parser {

  private static final Map<TokenKind, CompareOperator> COMPARISONS = new EnumMap<>(Map.of(
      TokenKind.EQ, CompareOperator.EQ, TokenKind.NE, CompareOperator.NE, TokenKind.LT, CompareOperator.LT,
      TokenKind.LE, CompareOperator.LE, TokenKind.GT, CompareOperator.GT, TokenKind.GE, CompareOperator.GE));
  private static final Map<TokenKind, ArithmeticOperator> ARITHMETIC = new EnumMap<>(Map.of(
      TokenKind.PLUS, ArithmeticOperator.PLUS, TokenKind.MINUS, ArithmeticOperator.MINUS,
      TokenKind.STAR, ArithmeticOperator.TIMES, TokenKind.SLASH, ArithmeticOperator.DIVIDE,
      TokenKind.PERCENT, ArithmeticOperator.REMAINDER));

  /** Bounds parser recursion (parentheses, calls, indexes, repeated not and minus). */
  static final int MAX_NESTING = 64;
  /** Bounds the tree, and with it evaluation recursion, whatever the input. */
  static final int MAX_OPERATIONS = 1000;

  private final String text;
  private final Lexer lexer;
  private final PostfixParser postfix;
  private Token lookahead;
  private Token previous;
  private int nesting;
  private int operations;

  Parser(String text, int from, FunctionRegistry functions) {
    this.text = text;
    this.lexer = new Lexer(text, from);
    this.postfix = new PostfixParser(this, text, functions);
  }

  /** A whole expression that must end with the text. */
  Node whole() {
    if (peek().kind() == TokenKind.END) {
      throw lexer.error("the expression is empty: write a value, a variable or a condition", peek().start());
    }
    Node node = expression();
    Token after = peek();
    if (after.kind() != TokenKind.END) {
      throw unexpectedAfterExpression(after);
    }
    return node;
  }

  /** The expression of a {@code ${...}} opened at {@code open}, up to and including its closing brace. */
  Node interpolation(int open) {
    if (peek().kind() == TokenKind.RBRACE) {
      throw lexer.error("empty '${}': write an expression inside, or '$${' for a literal '${'", open);
    }
    Node node = expression();
    Token after = peek();
    if (after.kind() != TokenKind.RBRACE) {
      throw lexer.error("expected '}' to close '${' at " + open + " but found " + after.describe(),
          after.start());
    }
    advance();
    return node;
  }

  /** Where the last consumed token ends. */
  int end() {
    return previous.end();
  }

  /** Where the last consumed token starts. */
  int lastStart() {
    return previous.start();
  }

  Node expression() {
    nest();
    Node node = or();
    nesting--;
    return node;
  }

  /** Enters one level of recursion, failing past {@link #MAX_NESTING}. */
  private void nest() {
    if (++nesting > MAX_NESTING) {
      throw lexer.error("the expression nests more than " + MAX_NESTING + " levels deep: simplify it",
          peek().start());
    }
  }

  /** Counts one operator, access or call, failing past {@link #MAX_OPERATIONS}. */
  void operation(int at) {
    if (++operations > MAX_OPERATIONS) {
      throw lexer.error("the expression has more than " + MAX_OPERATIONS + " operations: split it over"
          + " several steps", at);
    }
  }

  private Node or() {
    Node left = and();
    while (peek().kind() == TokenKind.OR) {
      int at = advance().start();
      operation(at);
      left = new OrNode(left, and(), at);
    }
    return left;
  }

  private Node and() {
    Node left = not();
    while (peek().kind() == TokenKind.AND) {
      int at = advance().start();
      operation(at);
      left = new AndNode(left, not(), at);
    }
    return left;
  }

  private Node not() {
    if (peek().kind() == TokenKind.NOT) {
      int at = advance().start();
      operation(at);
      nest();
      Node operand = not();
      nesting--;
      return new NotNode(operand, at);
    }
    return comparison();
  }

  private Node comparison() {
    Node left = additive();
    CompareOperator operator = COMPARISONS.get(peek().kind());
    if (operator == null) {
      return left;
    }
    int at = advance().start();
    operation(at);
    Node node = new CompareNode(operator, left, additive(), at);
    if (COMPARISONS.containsKey(peek().kind())) {
      throw lexer.error("comparisons cannot be chained: write 'a < b and b < c'", peek().start());
    }
    return node;
  }

  private Node additive() {
    Node left = multiplicative();
    while (peek().kind() == TokenKind.PLUS || peek().kind() == TokenKind.MINUS) {
      Token operator = advance();
      operation(operator.start());
      left = new ArithmeticNode(ARITHMETIC.get(operator.kind()), left, multiplicative(), operator.start());
    }
    return left;
  }

  private Node multiplicative() {
    Node left = unary();
    while (peek().kind() == TokenKind.STAR || peek().kind() == TokenKind.SLASH
        || peek().kind() == TokenKind.PERCENT) {
      Token operator = advance();
      operation(operator.start());
      left = new ArithmeticNode(ARITHMETIC.get(operator.kind()), left, unary(), operator.start());
    }
    return left;
  }

  private Node unary() {
    if (peek().kind() != TokenKind.MINUS) {
      return postfix.postfix();
    }
    int at = advance().start();
    operation(at);
    nest();
    Node operand = unary();
    nesting--;
    if (operand instanceof LiteralNode literal && Numbers.isNumber(literal.value())) {
      return new LiteralNode(Numbers.negate(literal.value()), at);
    }
    return new NegateNode(operand, at);
  }

  Token peek() {
    if (lookahead == null) {
      lookahead = lexer.next();
    }
    return lookahead;
  }

  Token advance() {
    previous = peek();
    lookahead = null;
    return previous;
  }

  /** Consumes a token of {@code kind} or fails with {@code problem}. */
  Token expect(TokenKind kind, String problem) {
    if (peek().kind() != kind) {
      throw lexer.error(problem + " but found " + peek().describe(), peek().start());
    }
    return advance();
  }

  /** The path segment right after a consumed dot (see {@link Lexer#segment()}). */
  String segment() {
    if (lookahead != null) {
      return null;
    }
    return lexer.segment();
  }

  int position() {
    return lexer.position();
  }

  ExpressionException error(String problem, int at) {
    return lexer.error(problem, at);
  }

  Token previous() {
    return previous;
  }

  /** Records a segment read directly from the lexer as the last consumed text. */
  void consumedSegment(int start) {
    previous = new Token(TokenKind.NAME, start, lexer.position(), text.substring(start, lexer.position()));
  }

  private ExpressionException unexpectedAfterExpression(Token after) {
    String problem = switch (after.kind()) {
      case RPAREN -> "unexpected ')' without a matching '('";
      case RBRACKET -> "unexpected ']' without a matching '['";
      case RBRACE -> "unexpected '}' without a matching '${'";
      default -> "unexpected " + after.describe() + " after a complete expression; is an operator such as"
          + " 'and', '+' or '==' missing?";
    };
    return lexer.error(problem, after.start());
  }
}
