package io.ariflow.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StasisArgsTest {

  @Test
  void theFirstArgumentNamesTheFlowAndTheRestAreVariables() {
    StasisArgs args = StasisArgs.parse(List.of("support-line", "lang=fr", "vip = yes"));

    assertEquals(Optional.of("support-line"), args.flowId());
    assertEquals(Map.of("lang", "fr", "vip", "yes"), args.variables());
  }

  @Test
  void bareWordsAfterTheFlowArePositional() {
    StasisArgs args = StasisArgs.parse(List.of("ivr", "2000"));

    assertEquals(Map.of("arg1", "2000"), args.variables());
  }

  @Test
  void noArgumentsMeansNoFlow() {
    assertEquals(Optional.empty(), StasisArgs.parse(null).flowId());
    assertEquals(Optional.empty(), StasisArgs.parse(List.of()).flowId());
    assertEquals(Optional.empty(), StasisArgs.parse(List.of(" ")).flowId());
  }

  @Test
  void aValueMayContainEqualsSigns() {
    assertEquals(Map.of("q", "a=b"), StasisArgs.parse(List.of("f", "q=a=b")).variables());
  }

  @Test
  void positionalArgumentsAreNumberedAmongThemselvesAndNamedOnesWin() {
    StasisArgs args = StasisArgs.parse(List.of("f", "lang=fr", "vip", "arg1=x", "gold"));

    assertEquals(Map.of("lang", "fr", "arg1", "x", "arg2", "gold"), args.variables());
  }

  @Test
  void ourLegsAreRecognisedAndNamedAfterTheirCall() {
    StasisArgs leg = StasisArgs.parse(List.of(StasisArgs.legOf("1795341600.0").split(",")));

    assertEquals(Optional.of("1795341600.0"), leg.legOwner());
    assertEquals(Optional.empty(), StasisArgs.parse(List.of("support-line", "1795341600.0")).legOwner());
  }
}
