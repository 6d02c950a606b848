using System.Collections.Concurrent;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// Group commit for the answers of one conversation: while one batch is being committed, the answers that arrive
/// wait together and go into the next one, so 32 people answering at once cost a few commits rather than 32
/// serialised ones. Each caller gets its answer's outcome only after the commit that holds it (durable before 200).
/// The commit holds the conversation's lock, so a `sluit` in this instance sees every answer committed before it or
/// none (the batch checks the question is still open inside its transaction).
/// </summary>
public sealed class AnswerCommits(TurnStore turns, ConversationLocks locks)
{
    private readonly ConcurrentDictionary<string, Queue> queues = new(StringComparer.Ordinal);

    public async Task<AnswerOutcome> AddAsync(string conversationId, NewAnswer answer)
    {
        var waiting = new Waiting(answer);
        while (true)
        {
            var queue = queues.GetOrAdd(conversationId, _ => new Queue());
            bool lead;
            lock (queue)
            {
                if (queue.Retired)
                {
                    continue;
                }

                queue.Answers.Add(waiting);
                lead = !queue.Writing;
                queue.Writing = true;
            }

            if (lead)
            {
                // Not on this request: under steady load the writing never stops, and this answer's 200 must not wait
                // for the answers after it.
                _ = Task.Run(() => WriteAsync(conversationId, queue));
            }

            return await waiting.Outcome.Task;
        }
    }

    /// <summary>Commits batches until no answer waits; started by the caller that found no writer.</summary>
    private async Task WriteAsync(string conversationId, Queue queue)
    {
        while (true)
        {
            List<Waiting> batch;
            lock (queue)
            {
                if (queue.Answers.Count == 0)
                {
                    queue.Writing = false;
                    queue.Retired = true;
                    queues.TryRemove(new KeyValuePair<string, Queue>(conversationId, queue));
                    return;
                }

                batch = queue.Answers;
                queue.Answers = [];
            }

            try
            {
                using var turn = await locks.EnterAsync(conversationId, CancellationToken.None);
                var outcomes = await turns.AddAnswersAsync([.. batch.Select(w => w.Answer)], CancellationToken.None);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Outcome.TrySetResult(outcomes[i]);
                }
            }
            catch (Exception e)
            {
                // Whatever failed the commit fails each request in it (Teams redelivers; nothing was stored).
                foreach (var waiting in batch)
                {
                    waiting.Outcome.TrySetException(e);
                }
            }
        }
    }

    private sealed class Queue
    {
        public List<Waiting> Answers { get; set; } = [];

        public bool Writing { get; set; }

        /// <summary>Removed from the dictionary; a caller that still found it takes a new one.</summary>
        public bool Retired { get; set; }
    }

    private sealed class Waiting(NewAnswer answer)
    {
        public NewAnswer Answer => answer;

        public TaskCompletionSource<AnswerOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
