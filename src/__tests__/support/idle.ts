/** A program that runs until it is killed: what a spawned server looks like to the process watching it. */
setInterval(() => undefined, 60_000);
process.stdout.write('idle\n');
