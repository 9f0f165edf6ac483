// Enhancement only: term tooltips work without this file (CSS shows them on hover and focus).
// Escape hides an open tooltip (WCAG 1.4.13 dismissible) until the pointer or focus leaves the term.
const dismissedClass = 'pb-term--dismissed';

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') {
    return;
  }

  for (const term of document.querySelectorAll('.pb-term')) {
    if (term.matches(':hover') || term.contains(document.activeElement)) {
      term.classList.add(dismissedClass);
    }
  }
});

const reset = (event) => {
  const term = event.target.closest && event.target.closest('.pb-term');
  if (term && !term.contains(event.relatedTarget)) {
    term.classList.remove(dismissedClass);
  }
};

document.addEventListener('mouseout', reset);
document.addEventListener('focusout', reset);
