# The program waits for non-daemon threads at exit (threading._shutdown), not for daemon
# threads; time.sleep blocks only its own thread; the seed's I/O-bound example with sleeps.
import threading
import time

def main():
    # Everything runs inside main(): module globals then never gain keys while
    # threads run (see Tests/stress/README.md, "module globals").
    flag = []


    def sleeper():
        # While this thread sleeps, the main thread keeps running.
        time.sleep(1.0)
        print("sleeper saw main progress:", flag == ["main ran"])


    t = threading.Thread(target=sleeper)
    t.start()
    flag.append("main ran")
    t.join()


    def download_page(url, delay, sizes):
        time.sleep(delay)
        sizes.append((url, len(url) * 100))


    sizes = []
    urls = [("https://example.com", 0.05), ("https://httpbin.org/delay/3", 0.3), ("https://httpbin.org/delay/2", 0.2)]
    threads = []
    for url, delay in urls:
        th = threading.Thread(target=download_page, args=(url, delay, sizes))
        threads.append(th)
        th.start()
    for th in threads:
        th.join()
    print(sorted(sizes))

    forever = threading.Event()
    threading.Thread(target=forever.wait, daemon=True).start()


    def late():
        time.sleep(0.2)
        print("non-daemon thread finished after the main program")


    threading.Thread(target=late).start()
    print("main program ends")


main()
