/**
 * ariflow's native ACD: queues with app_queue's features, as a functional core. Decisions are values, each
 * queue has one owner, and time is an input: nothing here reads a clock, draws unseeded randomness, blocks,
 * or talks to Asterisk.
 *
 * <h2>The API the queue step and the app call</h2>
 *
 * <p>The app builds one {@link io.ariflow.flows.queue.ContactCenter} per engine instance from the loaded
 * {@link io.ariflow.flows.queue.definition.QueueDefinition}s (checked first with
 * {@link io.ariflow.flows.queue.definition.QueueValidator#validate}), calls
 * {@link io.ariflow.flows.queue.ContactCenter#start} once, and then feeds it, on its owner's event loop:
 * <ul>
 *   <li>{@code handle(queue, QueueInput, now)} from the queue step: {@code Join}, {@code CallerHungUp},
 *       {@code CallerExited} (exit key), {@code RequestCallback}, {@code OfferAnswered},
 *       {@code OfferRefused} (busy, rejected, unreachable, agent hung up), {@code CallbackAnswered},
 *       {@code CallbackUnreached}, {@code CallEnded}; and {@code AddMember} / {@code RemoveMember} for
 *       AddQueueMember-style changes;</li>
 *   <li>{@code handle(AgentMessage, now)} from agent logins, pauses and the ARI device and endpoint events;</li>
 *   <li>{@code tick(now)} when the timer set for the last {@code Decisions.wakeAt()} fires;</li>
 *   <li>{@code reconcile(liveCalls, now)} after a reconnect, to free agents whose calls vanished.</li>
 * </ul>
 * Every call returns one {@link io.ariflow.flows.queue.engine.Decisions}: the outcome of the message, the
 * {@link io.ariflow.flows.queue.engine.QueueCommand}s to carry out in order ({@code Joined}, {@code Offer},
 * {@code CancelOffer}, {@code Connect}, {@code Announce}, {@code PlayPeriodic}, {@code Overflow},
 * {@code CallbackAccepted}, {@code DialCallback}, {@code StartWrapUp}, {@code AgentStateChanged}), the
 * {@link io.ariflow.flows.queue.log.QueueLogRecord}s to hand to the {@link io.ariflow.flows.queue.log.QueueLog}
 * port, and the time of the next tick. The step turns an {@code Announce} into prompts with
 * {@link io.ariflow.flows.queue.engine.AnnouncementScript}; statistics come from
 * {@code ContactCenter.statistics(queue, now)}.
 *
 * <h2>One owner per queue, and how it moves to a cluster</h2>
 *
 * <p>Each queue's state lives in one {@link io.ariflow.flows.queue.engine.QueueEngine}; agents' state lives
 * in one {@link io.ariflow.flows.queue.agent.AgentDirectory}; queues reach agents only through the
 * {@link io.ariflow.flows.queue.agent.AgentPool} port (view, reserve, answered, released, completed), and
 * callers reach queues only through message values. {@code ContactCenter} is the single-node composition: it
 * routes messages and re-evaluates queues heaviest first. To serve one queue from several engine instances,
 * each {@code QueueEngine} becomes a verticle behind a clustered event-bus address ({@code ariflow.queue.<name>})
 * taking the same {@code QueueInput}s and replying with the same {@code Decisions}; the directory becomes the
 * verticle behind {@code ariflow.agents}, and {@code AgentPool.reserve} a request/reply that may say no (a
 * reservation lost to another queue is already handled: the engine tries the next candidate). Weights move
 * into the directory's answer to {@code reserve}, fed by the queues' published waiting counts. Strategies do
 * not change: they are pure functions of a {@link io.ariflow.flows.queue.strategy.SelectionRequest}, with
 * rotation memory and randomness carried in and out as values.
 *
 * <h2>Choices where app_queue is silent or odd</h2>
 * <ul>
 *   <li>An agent has one state for all queues; a pause (manual or automatic) is agent-wide, logged as
 *       PAUSEALL plus PAUSE per queue. A pause or logout asked for during a call applies when it ends.</li>
 *   <li>Device state is an overlay, not a state: it decides whether an AVAILABLE agent can be rung.</li>
 *   <li>Penalties: candidates are limited to the lowest penalty tier with a free member (except wrandom);
 *       with {@code penaltyMembersLimit} or fewer members penalties are ignored; penalty rules are absolute
 *       and apply to every caller.</li>
 *   <li>A refusal lets the caller try the next member at once; after a ring timeout, or when every member
 *       was tried, the caller waits the retry delay. A maximum wait reached while ringing cancels the offer
 *       (RINGCANCELED, not counted against the agent).</li>
 *   <li>The hold-time estimate is app_queue's {@code (old * 3 + new) / 4}; answered callbacks do not feed it.</li>
 *   <li>Callbacks keep their place, never time out or leave an empty queue, and are logged ABANDON when
 *       given up. Relative periodic announcements are not supported (times count from the last prompt's
 *       start).</li>
 * </ul>
 */
package io.ariflow.flows.queue;
