import { chapter00 } from "./00-welcome.js";
import { chapter01 } from "./01-charles-joins.js";
import { chapter02 } from "./02-michael-leaves.js";
import { chapter03 } from "./03-michael-scott-paper-company.js";
import { chapter04 } from "./04-search-like-a-pro.js";
import { chapter05 } from "./05-safe-writes.js";

export { chapter00, chapter01, chapter02, chapter03, chapter04, chapter05 };

/**
 * The course's chapters in order, each with its notebook and its exercises
 * (`chapters[1].exercises.q2` is `chapter01.q2`). Importing this module
 * registers every exercise, so `findExercise("chapter01.q2")` finds it.
 */
export const chapters = [
  { id: "chapter00", notebook: "notebooks/00-welcome.ipynb", title: "Welcome", exercises: chapter00 },
  { id: "chapter01", notebook: "notebooks/01-charles-joins.ipynb", title: "Charles joins", exercises: chapter01 },
  { id: "chapter02", notebook: "notebooks/02-michael-leaves.ipynb", title: "Michael leaves", exercises: chapter02 },
  {
    id: "chapter03",
    notebook: "notebooks/03-michael-scott-paper-company.ipynb",
    title: "The Michael Scott Paper Company",
    exercises: chapter03,
  },
  { id: "chapter04", notebook: "notebooks/04-search-like-a-pro.ipynb", title: "Search like a pro", exercises: chapter04 },
  { id: "chapter05", notebook: "notebooks/05-safe-writes.ipynb", title: "Safe writes", exercises: chapter05 },
] as const;
