package io.ariflow.sim;

/**
 * A call arriving from a SIP phone, as sipp placed them in the traces: a {@code PJSIP/<endpoint>-N} channel
 * in state Ring entering {@code context}/{@code exten} (by default [from-test], which hands it to Stasis).
 *
 * @param endpoint PJSIP endpoint the call comes from ({@code sipp})
 * @param context dialplan context it enters ({@code from-test})
 * @param exten dialled extension ({@code 2000}); it becomes the Stasis argument in [from-test]
 * @param callerNumber caller id number ({@code 100})
 * @param callerName caller id name ({@code sipp})
 */
public record InboundCall(String endpoint, String context, String exten, String callerNumber, String callerName) {

  /** sipp calling {@code exten} in [from-test], like every trace. */
  public static InboundCall to(String exten) {
    return new InboundCall("sipp", "from-test", exten, "100", "sipp");
  }

  public InboundCall from(String number, String name) {
    return new InboundCall(endpoint, context, exten, number, name);
  }

  public InboundCall inContext(String ctx) {
    return new InboundCall(endpoint, ctx, exten, callerNumber, callerName);
  }

  public InboundCall viaEndpoint(String resource) {
    return new InboundCall(resource, context, exten, callerNumber, callerName);
  }
}
