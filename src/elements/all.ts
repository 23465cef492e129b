// One line per element: its define file. Each element's issue adds its line.
export {};
