using System.Collections.Concurrent;

namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// A bounded set of <see cref="TesseractInstance"/>s shared by every caller: at most <see cref="Capacity"/> pages
/// are recognised at once across all documents, each by an instance no other thread is using.
/// </summary>
internal sealed class TesseractPool
{
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentDictionary<(string Datapath, string Language), ConcurrentBag<TesseractInstance>> _idle = new();

    public TesseractPool(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _slots = new SemaphoreSlim(capacity, capacity);
    }

    public int Capacity { get; }

    /// <summary>
    /// Waits for a free slot and hands out an instance for the language, creating one when none is idle.
    /// Null when <paramref name="cancellationToken"/> fires first.
    /// </summary>
    public Lease? Rent(string datapath, string language, CancellationToken cancellationToken)
    {
        try
        {
            _slots.Wait(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        try
        {
            var key = (datapath, language);
            var idle = _idle.GetOrAdd(key, _ => []);
            var instance = idle.TryTake(out var reused) ? reused : TesseractInstance.Create(datapath, language);
            return new Lease(this, idle, instance);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>One instance on loan to the current thread; disposing it gives it back.</summary>
    internal sealed class Lease : IDisposable
    {
        private readonly TesseractPool _pool;
        private readonly ConcurrentBag<TesseractInstance> _home;
        private bool _returned;

        public Lease(TesseractPool pool, ConcurrentBag<TesseractInstance> home, TesseractInstance instance)
        {
            _pool = pool;
            _home = home;
            Instance = instance;
        }

        public TesseractInstance Instance { get; }

        /// <summary>Set when the instance failed mid-page: it is discarded rather than reused.</summary>
        public bool Broken { get; set; }

        public void Dispose()
        {
            if (_returned)
            {
                return;
            }

            _returned = true;
            if (Broken)
            {
                Instance.Dispose();
            }
            else
            {
                _home.Add(Instance);
            }

            _pool._slots.Release();
        }
    }
}
