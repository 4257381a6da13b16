package io.ariflow.flows.expr;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A call's evaluated arguments with typed accessors whose failures name the function, the argument's
 * position and the variable it came from.
 */
public final class Arguments {

  private final FunctionDef function;
  private final List<Node> nodes;
  private final Object[] values;
  private final Evaluation evaluation;

  Arguments(FunctionDef function, List<Node> nodes, Object[] values, Evaluation evaluation) {
    this.function = function;
    this.nodes = nodes;
    this.values = values;
    this.evaluation = evaluation;
  }

  /** How many arguments the call has. */
  public int size() {
    return values.length;
  }

  /** The argument as evaluated: a value of the model, possibly null. */
  public Object value(int index) {
    return values[index];
  }

  /** The argument as text: any scalar (numbers and booleans as {@link Values#text}); not null, list or map. */
  public String text(int index) {
    Object value = values[index];
    if (value == null || value instanceof List<?> || value instanceof Map<?, ?>) {
      throw evaluation.wrongValue(nodes.get(index), value, needs("text"));
    }
    return Values.text(value);
  }

  /** The argument as a number; numeric-looking text counts as its number. */
  public BigDecimal decimal(int index) {
    return Numbers.decimal(number(index));
  }

  /** The argument as a whole number. */
  public long whole(int index) {
    if (number(index) instanceof Long whole) {
      return whole;
    }
    throw evaluation.wrongValue(nodes.get(index), values[index], needs("a whole number"));
  }

  /** The current time from the scope (the flow's zone). */
  public ZonedDateTime now() {
    return evaluation.scope().now();
  }

  /** An evaluation failure pointing at argument {@code index}. */
  public EvaluationException fail(int index, String problem) {
    return evaluation.fail(nodes.get(index), problem);
  }

  /** A failure because argument {@code index} is not what the function needs. */
  public EvaluationException wrongValue(int index, String needs) {
    return evaluation.wrongValue(nodes.get(index), values[index], needs(needs));
  }

  Object number(int index) {
    return evaluation.number(nodes.get(index), values[index], needs("a number"));
  }

  private String needs(String what) {
    return function.name() + "() needs " + what;
  }
}
