package io.ariflow.flows.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * The top of the precedence table for {@link Parser}: literals, variables, calls, parentheses, and the
 * {@code .name} / {@code [key]} accesses after them. Accesses with fixed keys on a variable extend its
 * path, so {@code steps.lookup.body['tier']} is one scope lookup and one reference.
 */
final class PostfixParser {

  private final Parser parser;
  private final String text;
  private final FunctionRegistry functions;

  PostfixParser(Parser parser, String text, FunctionRegistry functions) {
    this.parser = parser;
    this.text = text;
    this.functions = functions;
  }

  Node postfix() {
    int start = parser.peek().start();
    Node node = primary();
    while (true) {
      TokenKind next = parser.peek().kind();
      if (next == TokenKind.DOT) {
        node = dotted(node, start);
      } else if (next == TokenKind.LBRACKET) {
        node = indexed(node, start);
      } else {
        return node;
      }
    }
  }

  private Node dotted(Node target, int start) {
    parser.advance();
    int at = parser.position();
    String segment = parser.segment();
    if (segment == null) {
      throw parser.error("expected a name after '.'", at);
    }
    parser.consumedSegment(at);
    Node node = access(target, new LiteralNode(segment, at), start);
    if (parser.peek().kind() == TokenKind.LPAREN) {
      throw methodCall(segment, at, text.substring(start, at - 1));
    }
    return node;
  }

  private Node indexed(Node target, int start) {
    Token open = parser.advance();
    Node key = parser.expression();
    parser.expect(TokenKind.RBRACKET, "expected ']' to close '[' at " + open.start());
    if (key instanceof LiteralNode literal && !(literal.value() instanceof String)
        && !(literal.value() instanceof Long)) {
      throw parser.error("an index must be text or a whole number, not " + Values.describe(literal.value()),
          key.position());
    }
    return access(target, key, start);
  }

  private Node access(Node target, Node key, int start) {
    parser.operation(key.position());
    String label = text.substring(start, parser.end());
    if (target instanceof VariableNode variable && key instanceof LiteralNode literal) {
      List<String> path = new ArrayList<>(variable.path());
      path.add(Values.text(literal.value()));
      return new VariableNode(path, label, variable.position());
    }
    return new IndexNode(target, key, label, start);
  }

  private Node primary() {
    Token before = parser.previous();
    Token token = parser.advance();
    return switch (token.kind()) {
      case NUMBER, STRING -> new LiteralNode(token.value(), token.start());
      case TRUE -> new LiteralNode(Boolean.TRUE, token.start());
      case FALSE -> new LiteralNode(Boolean.FALSE, token.start());
      case NULL -> new LiteralNode(null, token.start());
      case NAME -> parser.peek().kind() == TokenKind.LPAREN ? call(token)
          : new VariableNode(List.of((String) token.value()), (String) token.value(), token.start());
      case LPAREN -> parenthesized(token);
      case NOT -> throw parser.error("'not' applies to a whole condition here: write (not x)", token.start());
      default -> throw parser.error(expectedValue(before, token), token.start());
    };
  }

  private Node parenthesized(Token open) {
    Node inner = parser.expression();
    parser.expect(TokenKind.RPAREN, "expected ')' to close '(' at " + open.start());
    return inner;
  }

  private Node call(Token name) {
    String function = (String) name.value();
    FunctionDef definition = functions.find(function).orElseThrow(() -> unknownFunction(name));
    parser.operation(name.start());
    Token open = parser.advance();
    List<Node> arguments = new ArrayList<>();
    if (parser.peek().kind() != TokenKind.RPAREN) {
      arguments.add(parser.expression());
      while (parser.peek().kind() == TokenKind.COMMA) {
        parser.advance();
        arguments.add(parser.expression());
      }
    }
    parser.expect(TokenKind.RPAREN, "expected ',' or ')' to close '" + function + "(' at " + open.start());
    if (!definition.accepts(arguments.size())) {
      throw parser.error(function + "() takes " + definition.arity() + ", not " + arguments.size() + ": "
          + definition.signature(), name.start());
    }
    FunctionDef.Body body = definition.binder().bind(new BindArguments(definition, arguments, text));
    return new CallNode(definition, body, arguments, name.start());
  }

  private ExpressionException unknownFunction(Token name) {
    String function = (String) name.value();
    String hint = functions.suggest(function).map(known -> "did you mean '" + known + "'?")
        .orElse("the functions are: " + String.join(", ", functions.names()));
    return parser.error("unknown function '" + function + "'; " + hint, name.start());
  }

  private ExpressionException methodCall(String segment, int at, String receiver) {
    if (functions.find(segment).isPresent()) {
      return parser.error("write " + segment + "(" + receiver + "), not " + receiver + "." + segment + "()", at);
    }
    return parser.error("'" + receiver + "." + segment + "' is a variable, not a function: functions are"
        + " called by name, e.g. upper(x)", at);
  }

  private static String expectedValue(Token before, Token found) {
    String after = before == null ? "" : " after " + before.describe();
    if (found.kind() == TokenKind.END) {
      return "expected a value" + after + " but nothing follows";
    }
    return "expected a value" + after + " but found " + found.describe();
  }
}
